using System.Globalization;
using System.Text;

namespace TeamsBot.Bench;

/// <summary>A person in the load bench: Entra object id, Teams id, name and the id of their personal chat with the bot.</summary>
internal sealed record LoadUser(string AadObjectId, string TeamsId, string Name, string Email, string PersonalChatId);

/// <summary>A team in the load bench with its General channel and members.</summary>
internal sealed record LoadTeam(string Id, string Name, string GroupId, string ChannelId, IReadOnlyList<LoadUser> Members);

/// <summary>
/// The tenant the load bench plays: a dozen people in four teams that overlap, and minutes for each team written so
/// that the extractor finds decisions (one about the budget, for "besluiten begroting") and action items owned by
/// members (for "mijn acties" and the item buttons).
/// </summary>
internal sealed class LoadWorld
{
    public const string TenantId = "load-tenant";
    public const string BotId = "28:00000000-0000-0000-0000-00000000b0a7";
    public const string BotName = "Minutes Bot";

    private static readonly string[] Names =
    [
        "Sanne Bakker", "Youssef Amrani", "Els de Boer", "Pieter Jansen", "Fatima El Idrissi", "Daan Visser",
        "Noor Smit", "Bram de Vries", "Lotte Mulder", "Ruben Meijer", "Iris Bos", "Thijs Kok",
    ];

    private static readonly string[] TeamNames = ["Werkgroep Duurzaamheid", "Stuurgroep Wijkaanpak", "Projectteam Sporthal", "Bestuur Bibliotheek"];

    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private LoadWorld(IReadOnlyList<LoadUser> users, IReadOnlyList<LoadTeam> teams)
    {
        Users = users;
        Teams = teams;
    }

    public IReadOnlyList<LoadUser> Users { get; }

    public IReadOnlyList<LoadTeam> Teams { get; }

    public static LoadWorld Create()
    {
        var users = Names.Select((name, i) =>
        {
            var n = (i + 1).ToString("D12", CultureInfo.InvariantCulture);
            var mail = name.ToLowerInvariant().Replace(' ', '.') + "@example.org";
            return new LoadUser($"00000000-0000-4000-8000-{n}", $"29:load-user-{i + 1}", name, mail, $"a:load-personal-{i + 1}");
        }).ToList();
        var teams = TeamNames.Select((name, k) =>
        {
            var members = Enumerable.Range(0, 6).Select(j => users[((3 * k) + j) % users.Count]).ToList();
            var group = $"6a000000-0000-4000-8000-{(k + 1).ToString("D12", CultureInfo.InvariantCulture)}";
            return new LoadTeam($"19:load-team-{k + 1}@thread.tacv2", name, group, $"19:load-general-{k + 1}@thread.tacv2", members);
        }).ToList();
        return new LoadWorld(users, teams);
    }

    /// <summary>Minutes of one meeting of <paramref name="team"/>: four action items for members, two decisions.</summary>
    public static string TeamMinutes(LoadTeam team, int meeting)
    {
        var date = new DateOnly(2025, 1, 8).AddDays(28 * meeting);
        var due = date.AddDays(14);
        var m = team.Members;
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"NOTULEN {team.Name.ToUpperInvariant()}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Datum: {DutchDate(date)}")
            .AppendLine("Locatie: Raadhuis, kamer 2.14")
            .AppendLine()
            .AppendLine("Aanwezig:")
            .AppendLine(CultureInfo.InvariantCulture, $"{m[0].Name} (voorzitter)");
        foreach (var member in m.Skip(1))
        {
            text.AppendLine(member.Name);
        }

        return text.AppendLine()
            .AppendLine("1. Opening")
            .AppendLine("De voorzitter opent de vergadering om 19.30 uur en heet iedereen welkom.")
            .AppendLine()
            .AppendLine("2. Begroting")
            .AppendLine(CultureInfo.InvariantCulture, $"- {m[2].Name} licht de begroting voor {date.Year + 1} toe.")
            .AppendLine(CultureInfo.InvariantCulture, $"- De vergadering besluit de begroting {date.Year + 1} vast te stellen.")
            .AppendLine("- De vergadering besluit de offerte van Zon & Co voor te leggen aan het bestuur.")
            .AppendLine()
            .AppendLine("3. Planning")
            .AppendLine("Actiepunten:")
            .AppendLine(CultureInfo.InvariantCulture, $"1. {m[0].Name} stuurt het verslag rond voor {DutchDate(due)}.")
            .AppendLine(CultureInfo.InvariantCulture, $"2. {m[1].Name} plant een bezoek aan de sporthal.")
            .AppendLine(CultureInfo.InvariantCulture, $"3. {m[3].Name} vraagt drie offertes op voor de verlichting.")
            .AppendLine(CultureInfo.InvariantCulture, $"4. {m[4].Name} werkt de begroting uit voor {DutchDate(due.AddDays(7))}.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Volgende vergadering: {DutchDate(date.AddDays(28))}.")
            .ToString();
    }

    /// <summary>The bundled sample minutes as meeting <paramref name="number"/>: its own title and date, so each is a distinct meeting.</summary>
    public static string SampleAsMeeting(string sample, int number)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var date = new DateOnly(2023, 5, 24).AddDays(7 * number);
        var titled = false;
        var lines = sample.Split('\n').Select(line =>
        {
            var trimmed = line.TrimStart();
            if (!titled && trimmed.StartsWith('#'))
            {
                titled = true;
                return line.TrimEnd('\r') + " " + number.ToString(CultureInfo.InvariantCulture);
            }

            return trimmed.StartsWith("Datum:", StringComparison.Ordinal) ? "Datum: " + DutchDate(date) + "  " : line;
        });
        return string.Join('\n', lines);
    }

    private static string DutchDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {DutchMonths[date.Month - 1]} {date.Year}");
}
