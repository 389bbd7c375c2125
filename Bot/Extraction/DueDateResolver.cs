using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>A due date: the date it resolves to (null when the phrase names none) and the phrase as written.</summary>
internal sealed record DueDate(DateOnly? Date, string Text);

/// <summary>
/// Finds the due phrase of an action item's sentence ("eind juni", "next week", "uiterlijk 1 juli") and resolves
/// it relative to the meeting date, following the conventions of the extraction contract.
/// </summary>
internal static class DueDateResolver
{
    // A day-and-month without a year that lies this close before the meeting is a recent event, not next year's deadline.
    private const int RecentPastDays = 60;

    /// <summary>The due date of the sentence, or null when it has no due phrase (dates before the meeting are history).</summary>
    public static DueDate? Resolve(string sentence, string language, DateOnly? meetingDate, DateOnly? nextMeeting)
    {
        var grammar = DateGrammar.For(language);
        var candidates = new List<(int Start, DueDate Due)>();
        var dates = DateParser.Scan(sentence, language).ToList();
        foreach (var written in dates)
        {
            if (ExplicitDate(sentence, written, grammar, meetingDate) is { } due)
            {
                candidates.Add(due);
            }
        }

        for (var start = 0; start < sentence.Length; start++)
        {
            if (!IsWordStart(sentence, start) || !grammar.MayStartDuePhrase(sentence, start) || grammar.DuePattern.Match(sentence, start) is not { Success: true } match)
            {
                continue;
            }

            var overlapsDate = dates.Exists(d => d.Start < match.Index + match.Length && match.Index < d.Start + d.Length);
            if (!overlapsDate && RulePhrase(sentence, match, grammar, meetingDate, nextMeeting) is { } due)
            {
                candidates.Add((match.Index, due));
            }

            start = match.Index + match.Length - 1;
        }

        // "Han stuurt een datumprikker voor eind oktober of begin november": the dates after a poll are its options.
        var poll = grammar.PollEnd(sentence);
        candidates.RemoveAll(c => c.Start > poll);
        candidates.Sort((x, y) => x.Start.CompareTo(y.Start));
        return candidates.Find(c => c.Due.Date is not null).Due ?? candidates.FirstOrDefault().Due;
    }

    private static bool IsWordStart(string text, int index) =>
        char.IsLetterOrDigit(text[index]) && (index == 0 || !char.IsLetterOrDigit(text[index - 1]));

    private static (int Start, DueDate Due)? ExplicitDate(string sentence, WrittenDate written, DateGrammar grammar, DateOnly? meeting)
    {
        var before = sentence.AsSpan(0, written.Start).TrimEnd();
        if (EndsWithWord(before, grammar.PastPrepositions) is not null || IsQuestioned(sentence, written.Start + written.Length))
        {
            return null;
        }

        var start = written.Start;
        if (EndsWithWord(before, grammar.DuePrepositions) is { } preposition)
        {
            start = before.Length - preposition.Length;
        }

        var text = sentence[start..(written.Start + written.Length)];
        if (meeting is not { } m)
        {
            return (start, new DueDate(written.Year is { } y ? written.In(y) : null, text));
        }

        DateOnly? date;
        if (written.Year is { } year)
        {
            date = written.In(year);
        }
        else
        {
            date = written.In(m.Year);
            if (date is { } d && d < m)
            {
                date = m.DayNumber - d.DayNumber <= RecentPastDays ? null : written.In(m.Year + 1);
            }
        }

        return date is { } due && due >= m ? (start, new DueDate(due, text)) : null;
    }

    /// <summary>
    /// True when the phrase tells which date or event is meant rather than when something is due: "next week's
    /// meeting", "een datum in september".
    /// </summary>
    private static bool Describes(string sentence, Match match, DateGrammar grammar)
    {
        var after = sentence.AsSpan(match.Index + match.Length);
        if (after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("\u2019s", StringComparison.Ordinal))
        {
            return true;
        }

        var before = sentence.AsSpan(0, match.Index).TrimEnd();
        return EndsWithWord(before, grammar.Lexicon.DateNouns) is not null
            && grammar.DuePrepositions.All(p => !match.Value.StartsWith(p + " ", StringComparison.OrdinalIgnoreCase));
    }

    // "(16 april?)": a date with a question mark is a proposal, not a deadline.
    private static bool IsQuestioned(string sentence, int end)
    {
        var after = sentence.AsSpan(end).TrimStart(' ');
        return after.StartsWith('?');
    }

    private static string? EndsWithWord(ReadOnlySpan<char> before, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                && (before.Length == word.Length || !char.IsLetterOrDigit(before[before.Length - word.Length - 1])))
            {
                return word;
            }
        }

        return null;
    }

    private static DueDate? RulePhrase(string sentence, Match match, DateGrammar grammar, DateOnly? meeting, DateOnly? nextMeeting)
    {
        var rules = grammar.Lexicon.DueRules;
        var index = 0;
        while (index < rules.Count && !match.Groups[$"r{index}"].Success)
        {
            index++;
        }

        var rule = rules[index];

        // "the next meeting's agenda" is still due by the next meeting; "next week's meeting" is not due next week.
        if (rule.Kind != DueKind.NextMeeting && Describes(sentence, match, grammar))
        {
            return null;
        }
        var month = match.Groups["month"];
        if (month.Success && !grammar.IsMonthWord(month.Value))
        {
            return null;
        }

        var text = match.Value;
        if (rule.Kind == DueKind.Open)
        {
            return new DueDate(null, text);
        }

        if (rule.Kind == DueKind.NextMeeting)
        {
            return new DueDate(nextMeeting, text);
        }

        if (meeting is not { } m)
        {
            return new DueDate(null, text);
        }

        var date = DueDateArithmetic.Resolve(rule, match, grammar, m);
        return date switch
        {
            null => new DueDate(null, text),
            { } d when d < m => null,
            _ => new DueDate(date, text),
        };
    }
}
