using TeamsBot.Texts;

namespace TeamsBot.Minutes;

/// <summary>
/// The one line that tells the sender why a file was refused, written in the language the answer is in
/// (<see cref="In"/>) from that language's <see cref="RefusalStrings"/>. Made by <see cref="RefusalTexts"/>.
/// </summary>
public sealed class RefusalText(Func<RefusalStrings, string> write)
{
    public string In(Language language) => write(language.Texts.Refusals);

    /// <summary>The English line: the exception's message and what the command line prints.</summary>
    public override string ToString() => In(Language.En);
}
