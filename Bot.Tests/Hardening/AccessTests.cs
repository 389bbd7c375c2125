using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Storage;
using TeamsBot.Teams.Intake;
using static TeamsBot.Tests.Followup.FollowupTestData;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// Only members of a team act on its items (issue 9): every card verb, crafted with the right meeting and item ids, from
/// another tenant, from a non-member and from a member of another team of the same tenant, changes nothing in storage
/// and answers without the team's item texts, decisions or members. The same invoke from a member does work, so
/// the refusals are not an accident of the crafted data.
/// </summary>
public sealed class AccessTests
{
    private const string OtherTeam = "19:other-team@thread.tacv2";
    private const string OtherTenant = "99999999-0000-4000-8000-000000000099";
    private const string Call = "Olga belt de wethouder over de subsidie";
    private const string Report = "Externe partij levert het rapport aan";
    private const string Closed = "Dino sluit het oude dossier af";
    private const string Unclaimed = "Zaal reserveren voor de heidag";
    private const string Drafted = "Begroting herzien voor het najaar";
    private const string Decision = "De stuurgroep kiest voor variant B van het plan";

    private static readonly IReadOnlyList<RosterMember> TeamRoster =
    [
        new("aad-cor", "29:cor", "Cor Lamers", "cor.lamers@example.org"),
        new("aad-olga", "29:olga", "Olga Boot", "o.boot@example.org"),
        new("aad-dino", "29:dino", "Dino van Dal", "dino.vandal@example.org"),
        new("aad-marilyn", "29:marilyn", "Marilyn Louisville", "m.louisville@example.org"),
    ];

    private static readonly IReadOnlyList<RosterMember> OtherRoster = [new("aad-bob", "29:bob", "Bob Buitenhuis", "bob@example.org")];

    /// <summary>Who pretends what: user, tenant, and the team whose channel the invoke claims to come from (null: personal chat).</summary>
    private static readonly (string Name, string User, string Tenant, string? Team)[] Intruders =
    [
        ("another tenant, same user id, the team's channel", "aad-olga", OtherTenant, Team),
        ("another tenant, personal chat", "aad-olga", OtherTenant, null),
        ("non-member, the team's channel", "aad-stranger", Tenant, Team),
        ("non-member, personal chat", "aad-stranger", Tenant, null),
        ("member of another team, in that team", "aad-bob", Tenant, OtherTeam),
        ("member of another team, claiming this team", "aad-bob", Tenant, Team),
        ("member of another team, personal chat", "aad-bob", Tenant, null),
    ];

    private static readonly string[] VerbList =
    [
        CardVerbs.ItemDone, CardVerbs.ItemReopen, CardVerbs.ItemSnooze, CardVerbs.ItemHandOverPick, CardVerbs.ItemHandOver, CardVerbs.ItemTake,
        CardVerbs.OwnerLinkPick, CardVerbs.OwnerLink, CardVerbs.ReviewPublish, CardVerbs.ReviewPage, CardVerbs.ReviewAdd, CardVerbs.ReviewAssign, CardVerbs.ReviewDiscard,
        CardVerbs.SettingsSave, CardVerbs.MinutesReadAnyway, CardVerbs.Refresh + ":summary", CardVerbs.Refresh + ":myActions", CardVerbs.Refresh + ":teamItems",
    ];

    public static TheoryData<string> Verbs => [.. VerbList];

    [Fact]
    public void Verbs_CoverEveryVerbOfTheCards()
    {
        var declared = typeof(CardVerbs).GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(v => v.Contains('.', StringComparison.Ordinal) && !v.StartsWith("new.", StringComparison.Ordinal))
            .ToHashSet();
        var tested = VerbList.Select(v => v.Split(':')[0]).ToHashSet();

        Assert.Equal(declared.Order(), tested.Order());
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task CraftedInvoke_FromOutsideTheTeam_ChangesNothingAndRevealsNothing(string verbAndView)
    {
        await using var app = new PrivacyApp();
        var meeting = await SeedAsync(app);
        var verb = verbAndView.Split(':')[0];
        if (verb == CardVerbs.MinutesReadAnyway)
        {
            // What the button stands for is the refused upload of one person, Olga's here: nobody else may read it.
            await app.Intake.KeepRefusedAsync(Tenant, "aad-olga", new RefusedUpload("handleiding.md", new string('a', 64), System.Text.Encoding.UTF8.GetBytes(Report)), CancellationToken.None);
        }

        foreach (var (name, user, tenant, team) in Intruders)
        {
            var before = await SnapshotAsync(app);
            var postsBefore = app.Connector.LogEntries.Count;
            var data = Data(verbAndView, meeting);

            var (status, body) = await app.AnswerAsync(app.Invoke(verb, data, user, tenant, team));

            Assert.True(status == 200, $"{name}: status {status}");
            Assert.True(Same(before, await SnapshotAsync(app)), $"{name}: {verbAndView} changed the team's stored data");
            foreach (var secret in Secrets())
            {
                Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{name}: {verbAndView} answered with \"{secret}\"");
                Assert.DoesNotContain(app.Connector.LogEntries.Skip(postsBefore), e => e.RequestMessage.Body?.Contains(secret, StringComparison.Ordinal) == true);
            }
        }

        // The control: a member of the team sending the very same invoke does reach the items.
        var before2 = await SnapshotAsync(app);
        var (_, answer) = await app.AnswerAsync(app.Invoke(verb, Data(verbAndView, meeting), "aad-olga", Tenant, verbAndView.EndsWith("myActions", StringComparison.Ordinal) ? null : Team));
        var changed = !Same(before2, await SnapshotAsync(app));
        // Olga's own press queues her upload to be read: the card says it is being read (the reading comes later).
        var queued = verb == CardVerbs.MinutesReadAnyway && answer.Contains("Reading the minutes", StringComparison.Ordinal);
        Assert.True(changed || queued || Secrets().Any(s => answer.Contains(s, StringComparison.Ordinal)), $"a member's {verbAndView} neither changed nor showed anything: {answer}");
    }

    private static IEnumerable<string> Secrets() =>
        [Call, Report, Closed, Unclaimed, Drafted, Decision, .. TeamRoster.Select(m => m.Name), .. TeamRoster.Select(m => m.Email!)];

    private Meeting? _draft;

    private async Task<Meeting> SeedAsync(PrivacyApp app)
    {
        await app.InstallAsync(Tenant, Team, TeamRoster);
        await app.InstallAsync(Tenant, OtherTeam, OtherRoster);
        var members = TeamRoster.Select(m => m.AsTeamMember()).ToList();
        var outcome = await app.Followup.IngestAsync(
            Upload("access"),
            MinutesOf("Stuurgroep", new DateOnly(2023, 5, 24), [Item(Call, "Olga"), Item(Report, "Externe Partij"), Item(Closed, "Dino van Dal"), Item(Unclaimed)], Decision),
            members,
            CancellationToken.None);
        var meeting = outcome.Meeting;
        var closed = meeting.Items.Single(i => i.Text == Closed);
        await app.Followup.CompleteAsync(new ItemAddress(Tenant, Team, meeting.Id, closed.Id), Secretary, CancellationToken.None);
        await app.Intake.RecordReviewAsync(new PendingReview(Tenant, Team, meeting.Id, Secretary.UserId), CancellationToken.None);

        // Minutes still in review: what "discard draft" is for.
        var draft = await app.Followup.IngestAsync(
            Upload("access-draft", fileName: "concept.md") with { Draft = true },
            MinutesOf("Stuurgroep", new DateOnly(2023, 6, 21), [Item(Drafted, "Olga")]),
            members,
            CancellationToken.None);
        await app.Intake.RecordReviewAsync(new PendingReview(Tenant, Team, draft.Meeting.Id, Secretary.UserId), CancellationToken.None);
        _draft = draft.Meeting;
        return (await app.Followup.GetMeetingAsync(Tenant, Team, meeting.Id, CancellationToken.None))!;
    }

    /// <summary>What the team's own card would have sent for this verb, with a member of the team chosen where it asks for one.</summary>
    private JsonObject Data(string verbAndView, Meeting meeting)
    {
        string Id(string text) => meeting.Items.Single(i => i.Text == text).Id;
        var parts = verbAndView.Split(':');
        var data = new JsonObject { [CardVerbs.MeetingId] = meeting.Id, [CardVerbs.ItemId] = Id(parts[0] == CardVerbs.ItemReopen ? Closed : Call) };
        switch (parts[0])
        {
            case CardVerbs.ItemSnooze:
                data[CardVerbs.Until] = CardVerbs.UntilWeek;
                break;
            case CardVerbs.ItemHandOver:
                data[CardVerbs.MemberId] = "aad-cor";
                break;
            case CardVerbs.ItemTake:
                data[CardVerbs.ItemId] = Id(Unclaimed);
                break;
            case CardVerbs.OwnerLinkPick or CardVerbs.OwnerLink:
                data[CardVerbs.ItemId] = Id(Report);
                data[CardVerbs.Owner] = 0;
                data[CardVerbs.MemberId] = "aad-dino";
                break;
            case CardVerbs.ReviewPublish or CardVerbs.ReviewPage or CardVerbs.ReviewAdd:
                data = Review(meeting, Id(Call), Id(Report));
                break;
            case CardVerbs.ReviewDiscard:
                data = new JsonObject { [CardVerbs.MeetingId] = _draft!.Id, [CardVerbs.Page] = "0", [CardVerbs.Items] = "" };
                break;
            case CardVerbs.ReviewAssign:
                data = Review(meeting, Id(Call), Id(Report));
                data[CardVerbs.ItemId] = Id(Call);
                data[CardVerbs.MemberId] = "aad-cor";
                break;
            case CardVerbs.SettingsSave:
                data = new JsonObject { [CardVerbs.ReviewFirst] = "false", [CardVerbs.LeadDays] = "9", [CardVerbs.TimeZone] = "Europe/Brussels", [CardVerbs.Language] = "en" };
                break;
            case CardVerbs.Refresh:
                data[CardVerbs.View] = parts[1];
                break;
            case CardVerbs.MinutesReadAnyway:
                data = new JsonObject { [CardVerbs.Upload] = new string('a', 64) };
                break;
        }

        return data;
    }

    private static JsonObject Review(Meeting meeting, string call, string report) => new()
    {
        [CardVerbs.MeetingId] = meeting.Id,
        [CardVerbs.Page] = "0",
        [CardVerbs.Items] = $"{call} {report}",
        [CardVerbs.ItemTextInput(call)] = "Overgenomen door een ander",
        [CardVerbs.ItemOwnerInput(call)] = "m:aad-dino",
        [CardVerbs.ItemDueInput(call)] = "2030-01-01",
        [CardVerbs.ItemRemoveInput(call)] = "false",
        [CardVerbs.ItemTextInput(report)] = Report,
        [CardVerbs.ItemOwnerInput(report)] = CardVerbs.OwnerKeep,
        [CardVerbs.ItemDueInput(report)] = "",
        [CardVerbs.ItemRemoveInput(report)] = "true",
        [CardVerbs.NewText] = "Een nieuw punt van buiten",
        [CardVerbs.NewOwner] = CardVerbs.OwnerNobody,
        [CardVerbs.NewDue] = "",
    };

    /// <summary>Every document of the tenant except those of the other team (whose member may change its own settings).</summary>
    private static async Task<Dictionary<string, string>> SnapshotAsync(PrivacyApp app)
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var otherTeam = FollowupKeys.Team(Tenant, OtherTeam).Path;
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var prefix in new[] { TenantKeys.Tenant(Tenant), TenantKeys.Tenant(OtherTenant) })
        {
            await foreach (var key in store.ListAsync(prefix, CancellationToken.None))
            {
                if (!key.Path.StartsWith(otherTeam, StringComparison.Ordinal) && await store.ReadAsync(key, CancellationToken.None) is { } stored)
                {
                    documents[key.Path] = Encoding.UTF8.GetString(stored.Content.Span);
                }
            }
        }

        return documents;
    }

    private static bool Same(Dictionary<string, string> before, Dictionary<string, string> after) =>
        before.Count == after.Count && before.All(d => after.TryGetValue(d.Key, out var now) && now == d.Value);
}
