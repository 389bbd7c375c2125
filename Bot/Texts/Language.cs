namespace TeamsBot.Texts;

/// <summary>
/// A language the bot speaks: the two-letter code of a text table ("nl", "en"), as a team's setting stores it. The
/// default value is Dutch, the default of a team's settings. <see cref="Of"/> gives a language only when the bot has a
/// text table for it.
/// </summary>
public readonly record struct Language
{
    private readonly string? _code;

    private Language(string code) => _code = code;

    public static Language Nl { get; } = new("nl");

    public static Language En { get; } = new("en");

    public string Code => _code ?? "nl";

    /// <summary>Every word the bot writes in this language.</summary>
    public TextTable Texts => TextTables.For(this);

    /// <summary>The language of a code or a locale ("nl", "nl-BE", "en-US"), when it has a text table; else null.</summary>
    public static Language? Of(string? codeOrLocale)
    {
        if (string.IsNullOrWhiteSpace(codeOrLocale))
        {
            return null;
        }

        var code = codeOrLocale.Split('-', '_')[0].Trim().ToLowerInvariant();
        return TextTables.Find(code) is { } table ? new Language(table.Code) : null;
    }

    /// <summary>The language of a code the bot made itself (a stored setting, a table's own code); Dutch when it has no table.</summary>
    public static Language FromCode(string? code) => Of(code) ?? Nl;

    /// <summary>
    /// The one rule for the language of an answer: the team's setting, else the language of the user's text, else the
    /// client's locale; English when none of them is a language the bot has.
    /// </summary>
    public static Language Resolve(string? teamSetting, Language? ofText, string? locale) =>
        Of(teamSetting) ?? ofText ?? Of(locale) ?? En;

    public override string ToString() => Code;
}
