using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>A time of day written in a text, and where it stands.</summary>
public readonly record struct TimeMention(TimeOnly Time, int Start, int Length);

/// <summary>
/// Finds a time of day in a text: "13:30", "13.30 uur", "om 10 uur", "at 9:30", "2 pm", "T14:00". A bare number
/// ("4 weken") is a time only with an hour word, am/pm or a time preposition before it.
/// </summary>
public static class TimeOfDayParser
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public static TimeMention? Find(string text, string language)
    {
        for (var match = PatternFor(language).Match(text); match.Success; match = match.NextMatch())
        {
            var hasMinutes = match.Groups["m"].Success;
            var morning = match.Groups["am"].Success;
            var afternoon = match.Groups["pm"].Success;
            if (!hasMinutes && !morning && !afternoon && !match.Groups["hw"].Success && !match.Groups["prep"].Success)
            {
                continue;
            }

            var hour = int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
            var minute = hasMinutes ? int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture) : 0;
            if ((morning || afternoon) && hour is 0 or > 12)
            {
                continue;
            }

            hour = afternoon && hour < 12 ? hour + 12 : morning && hour == 12 ? 0 : hour;
            return new TimeMention(new TimeOnly(hour, minute), match.Index, match.Length);
        }

        return null;
    }

    private static Regex PatternFor(string language) => Patterns.GetOrAdd(language, static language =>
    {
        var words = LexiconFiles.Load<DateLexicon>(language, "dates");
        var pattern = $@"(?<![\d.:])(?:(?<prep>\b(?:{PhrasePattern.Of(words.TimePrepositions)}))\s+)?(?<h>[01]?\d|2[0-3])(?:[:.](?<m>[0-5]\d))?(?![.:/-]?\d)"
            + $@"(?:\s*(?:(?<am>{PhrasePattern.Of(words.MorningWords)})|(?<pm>{PhrasePattern.Of(words.AfternoonWords)})))?"
            + $@"(?:\s*(?<hw>{PhrasePattern.Of(words.HourWords)}))?(?![\w])";
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    });
}
