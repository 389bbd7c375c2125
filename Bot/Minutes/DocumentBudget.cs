using System.Diagnostics;
using TeamsBot.Texts;

namespace TeamsBot.Minutes;

/// <summary>
/// What reading one document may cost: decoded bytes per stream and in all, characters of text, and time. The first
/// limit passed becomes a <see cref="UnreadableMinutesException"/> (<see cref="UnreadableReason.TooLarge"/>) with one line,
/// and stays: a library that swallows the exception meets it again at the next charge, and the reader throws
/// <see cref="Refusal"/> when the library returns.
/// </summary>
internal sealed class DocumentBudget(MinutesReaderOptions options, string fileName, DocumentKind kind)
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _decoded;
    private long _characters;

    public UnreadableMinutesException? Refusal { get; private set; }

    /// <summary>How many decoded bytes one more stream may still have; a counting decoder stops one past it.</summary>
    public long StreamAllowance => Math.Min(options.MaxStreamBytes, options.MaxExpandedBytes - _decoded);

    /// <summary>Charges one decoded stream (or the decoded length counted before decoding it).</summary>
    public void ChargeStream(long decodedBytes)
    {
        ThrowIfRefused();
        if (decodedBytes > options.MaxStreamBytes)
        {
            Refuse(RefusalTexts.PartExpands(fileName, kind, options.MaxStreamBytes));
        }

        _decoded += decodedBytes;
        if (_decoded > options.MaxExpandedBytes)
        {
            Refuse(RefusalTexts.Expands(fileName, kind, options.MaxExpandedBytes));
        }

        CheckTime();
    }

    public void ChargeCharacters(long characters)
    {
        ThrowIfRefused();
        _characters += characters;
        if (_characters > options.MaxTextCharacters)
        {
            Refuse(RefusalTexts.TooManyCharacters(fileName, kind, options.MaxTextCharacters));
        }

        CheckTime();
    }

    public void CheckTime()
    {
        ThrowIfRefused();
        if (Stopwatch.GetElapsedTime(_started) > options.MaxReadTime)
        {
            Refuse(RefusalTexts.ReadsTooLong(fileName, kind, options.MaxReadTime));
        }
    }

    public void ThrowIfRefused()
    {
        if (Refusal is { } refusal)
        {
            throw refusal;
        }
    }

    private void Refuse(RefusalText text)
    {
        Refusal = new UnreadableMinutesException(UnreadableReason.TooLarge, text);
        throw Refusal;
    }
}
