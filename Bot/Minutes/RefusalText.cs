namespace TeamsBot.Minutes;

/// <summary>
/// The one line that tells the sender why a file was refused, in English and in Dutch; the answer picks the sender's
/// language (<see cref="For"/>). Made by <see cref="RefusalTexts"/>, so that every reason has both.
/// </summary>
public sealed record RefusalText(string English, string Dutch)
{
    public string For(bool dutch) => dutch ? Dutch : English;

    public override string ToString() => English;
}
