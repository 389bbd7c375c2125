namespace TeamsBot.Extraction;

/// <summary>The words of a text (runs of letters), as ranges into it.</summary>
internal static class WordSpans
{
    public static IEnumerable<Range> Of(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return start..i;
                start = -1;
            }
        }
    }
}
