namespace TeamsBot.Minutes;

/// <summary>Reads one format into blocks. Implementations are pure: bytes in, document out.</summary>
internal interface IDocumentReader
{
    MinutesFormat Format { get; }

    /// <summary>True when the file's first bytes show it is this format.</summary>
    bool Recognizes(ReadOnlySpan<byte> head);

    /// <summary>Reads the document or throws <see cref="UnreadableMinutesException"/>.</summary>
    MinutesDocument Read(byte[] content, string fileName, MinutesReaderOptions options);
}
