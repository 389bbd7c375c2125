using TeamsBot.Minutes;

namespace TeamsBot.Extraction;

/// <summary>
/// Tells minutes apart from the other files and long messages a team shares, so that the bot reads the
/// minutes posted in a channel and stays silent about the rest. Pure: judges a name, or a document already read.
/// </summary>
public static class MinutesRecognizer
{
    /// <summary>
    /// Minutes are dense with what they settle: the development minutes have at most about 28 blocks per item found.
    /// A document with more than this many blocks per item (a manual, a report that mentions a meeting) reads as
    /// minutes only with an attendee list or a name that says so.
    /// </summary>
    public const int MaxBlocksPerItem = 60;

    /// <summary>Whether the file's name says it is minutes ("Notulen stuurgroep 24 mei.docx", "MoM 2024-03-01.pdf").</summary>
    public static bool NameSuggestsMinutes(string fileName)
    {
        var name = " " + Words(Path.GetFileNameWithoutExtension(fileName)) + " ";
        return LexiconFiles.Languages.Any(language =>
            Lexicon(language).FileNameWords.Any(word => name.Contains(" " + Words(word) + " ", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Whether a document reads as minutes: it yields decisions or action items, and it has what minutes have
    /// around them (a meeting date, an attendee list, or the labels of a minutes header or section).
    /// A file whose name already says "minutes" needs only one of the two, so that the bot can tell its
    /// uploader that it found nothing rather than stay silent. A long document with only a few items in it (see
    /// <see cref="MaxBlocksPerItem"/>) needs its attendee list too.
    /// </summary>
    public static bool ReadsAsMinutes(MinutesDocument document, ExtractionResult result, bool nameSuggestsMinutes)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(result);
        var hasItems = result.Decisions.Count + result.ActionItems.Count > 0;
        var cues = CueCount(document, result.Language);
        var hasAttendees = result.Meeting.Attendees.Count > 0;
        var hasFrame = hasAttendees || cues >= 2 || (result.Meeting.Date is not null && cues >= 1);
        var sparse = document.Blocks.Count > MaxBlocksPerItem * (result.Decisions.Count + result.ActionItems.Count);
        return nameSuggestsMinutes ? hasItems || hasFrame : hasItems && hasFrame && (hasAttendees || !sparse);
    }

    private static int CueCount(MinutesDocument document, string language)
    {
        var cues = Lexicon(LexiconFiles.Languages.Contains(language) ? language : "en").ContentCues.Select(Words).ToArray();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Blocks.Take(400))
        {
            // A cue counts where it labels something: a heading, or the start of a line before a colon.
            var label = block.Kind == BlockKind.Heading ? block.Text : block.Text.Split(':', 2) is [var head, _] ? head : null;
            if (label is null || label.Length > 60)
            {
                continue;
            }

            var words = Words(label);
            foreach (var cue in cues)
            {
                if ((" " + words + " ").Contains(" " + cue + " ", StringComparison.Ordinal))
                {
                    found.Add(cue);
                }
            }
        }

        return found.Count;
    }

    private static string Words(string text)
    {
        var tokens = NameMatching.Tokenize(text.Replace('_', ' ').Replace('-', ' '));
        return string.Join(' ', tokens.Select(t => t.Folded));
    }

    private static RecognizeLexicon Lexicon(string language) => LexiconFiles.Load<RecognizeLexicon>(language, "recognize");

    private sealed record RecognizeLexicon(IReadOnlyList<string> FileNameWords, IReadOnlyList<string> ContentCues);
}
