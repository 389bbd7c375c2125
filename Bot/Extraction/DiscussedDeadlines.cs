using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>
/// The deadline the discussion gave a task that the closing action list repeats without one: "Community booth proposal
/// (fill the form no later than 5 February)" in the discussion, "Paolo: fill out the community booth proposal" in the list.
/// The earlier sentence must share most of its content words with the task; the nearest such sentence counts.
/// </summary>
internal sealed partial class DiscussedDeadlines(IReadOnlyList<Statement> statements, string language, MeetingHeader header)
{
    // The sentences looked back over: enough for one meeting's discussion, and no quadratic work on a huge document.
    private const int Reach = 400;
    private const int MinShared = 3;
    private const int MinWordLength = 4;

    private readonly HashSet<string> _stopwords = new(LanguageLexicon.For(language).Stopwords, StringComparer.OrdinalIgnoreCase);
    private List<(int Index, HashSet<string> Words, DueDate Due)>? _dated;

    /// <summary>The date of the discussed deadline for the task at <paramref name="index"/>, or null when no earlier sentence gives one.</summary>
    public DueDate? DateOf(Statement task, int index)
    {
        _dated ??= Dated();
        var words = Words(task.Body);
        if (words.Count < MinShared)
        {
            return null;
        }

        for (var k = _dated.Count - 1; k >= 0; k--)
        {
            var (at, earlier, due) = _dated[k];
            if (at >= index || statements[at].Section == task.Section)
            {
                continue;
            }

            if (at < index - Reach)
            {
                break;
            }

            var shared = earlier.Count(words.Contains);
            if (shared >= MinShared && shared * 2 >= earlier.Count)
            {
                return due;
            }
        }

        return null;
    }

    /// <summary>The sentences outside action lists that give a due date, with their content words.</summary>
    private List<(int Index, HashSet<string> Words, DueDate Due)> Dated()
    {
        var dated = new List<(int, HashSet<string>, DueDate)>();
        for (var i = 0; i < statements.Count; i++)
        {
            var body = statements[i].Body;
            if (statements[i].Kind is not (SectionKind.Actions or SectionKind.Skip)
                && DueDateResolver.Resolve(body, language, header.Date, header.NextMeeting) is { Date: not null } due)
            {
                dated.Add((i, Words(body), due));
            }
        }

        return dated;
    }

    private HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match word in Word().Matches(text))
        {
            if (word.Length >= MinWordLength && !_stopwords.Contains(word.Value))
            {
                words.Add(word.Value.ToLowerInvariant());
            }
        }

        return words;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
