namespace TeamsBot.Minutes;

/// <summary>Reads .txt minutes; the structure is guessed from the lines (see <see cref="PlainTextBlockBuilder"/>).</summary>
internal sealed class PlainTextReader : IDocumentReader
{
    public MinutesFormat Format => MinutesFormat.Text;

    public bool Recognizes(ReadOnlySpan<byte> head) => false;

    public MinutesDocument Read(byte[] content, string fileName, MinutesReaderOptions options)
    {
        var text = TextDecoding.Decode(content, fileName);
        return new MinutesDocument(fileName, Format, PlainTextBlockBuilder.Build(Groups(text)));
    }

    /// <summary>Runs of non-blank lines, split at blank lines; line ends may be \r\n, \n or \r.</summary>
    private static List<IReadOnlyList<PlainTextLine>> Groups(string text)
    {
        var groups = new List<IReadOnlyList<PlainTextLine>>();
        var current = new List<PlainTextLine>();
        var number = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = PlainTextLine.Parse(++number, raw.ToString());
            if (!line.IsBlank)
            {
                current.Add(line);
            }
            else if (current.Count > 0)
            {
                groups.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            groups.Add(current);
        }

        return groups;
    }
}
