using System.Diagnostics;
using System.Globalization;

namespace TeamsBot.Minutes;

/// <summary>
/// What reading one document may cost: decoded bytes per stream and in all, characters of text, and time. The first
/// limit passed becomes a <see cref="UnreadableMinutesException"/> (<see cref="UnreadableReason.TooLarge"/>) with one line,
/// and stays: a library that swallows the exception meets it again at the next charge, and the reader throws
/// <see cref="Refusal"/> when the library returns.
/// </summary>
internal sealed class DocumentBudget(MinutesReaderOptions options, string fileName, string kind)
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
            Refuse($"{fileName}: a part of the {kind} expands to more than {MinutesReader.Size(options.MaxStreamBytes)} when unpacked.");
        }

        _decoded += decodedBytes;
        if (_decoded > options.MaxExpandedBytes)
        {
            Refuse($"{fileName}: the {kind} expands to more than {MinutesReader.Size(options.MaxExpandedBytes)} when unpacked.");
        }

        CheckTime();
    }

    public void ChargeCharacters(long characters)
    {
        ThrowIfRefused();
        _characters += characters;
        if (_characters > options.MaxTextCharacters)
        {
            Refuse(string.Create(CultureInfo.InvariantCulture, $"{fileName}: the {kind} has more than {options.MaxTextCharacters:N0} characters of text."));
        }

        CheckTime();
    }

    public void CheckTime()
    {
        ThrowIfRefused();
        if (Stopwatch.GetElapsedTime(_started) > options.MaxReadTime)
        {
            Refuse(string.Create(CultureInfo.InvariantCulture, $"{fileName}: reading the {kind} takes longer than {options.MaxReadTime.TotalSeconds:0.#} s; it is too large or too complex."));
        }
    }

    public void ThrowIfRefused()
    {
        if (Refusal is { } refusal)
        {
            throw refusal;
        }
    }

    private void Refuse(string message)
    {
        Refusal = new UnreadableMinutesException(UnreadableReason.TooLarge, message);
        throw Refusal;
    }
}
