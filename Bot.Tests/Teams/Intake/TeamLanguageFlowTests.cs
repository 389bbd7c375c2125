using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Tests.Graph;
using TeamsBot.Texts;

namespace TeamsBot.Tests.Teams.Intake;

/// <summary>
/// A new user with an English Teams client (en-US) posts Dutch minutes in a team's channel: every message of the flow
/// (acknowledgement, review card, the line about the review, the notice after publishing, the summary card, and the
/// line for a damaged .docx) speaks the team's language, whatever the client's.
/// </summary>
public sealed class TeamLanguageFlowTests
{
    private const string Tenant = ChannelIntakeTests.Tenant;
    private const string File = "Notulen stuurgroep 24 mei.docx";

    [Fact]
    public async Task EnglishClient_DutchTeam_EveryMessageOfTheFlowIsDutch()
    {
        var flow = await RunFlowAsync("nl");

        Assert.Equal("Ik lees de notulen…", flow.Acknowledgement);
        Assert.StartsWith("De samenvatting staat klaar; Annet de Groot controleert hem eerst", flow.ReviewWaiting, StringComparison.Ordinal);
        Assert.Contains("Controleer voor publicatie", flow.ReviewCard);
        Assert.Contains("Publiceer", flow.ReviewCard);
        Assert.Contains(flow.AskedCard, t => t.EndsWith("acties hebben nog geen eigenaar — toewijzen of zo publiceren?", StringComparison.Ordinal));
        Assert.Contains("Zo publiceren", flow.AskedCard);
        Assert.Contains("Gepubliceerd in de draad van de notulen.", flow.PublishedNotice);
        Assert.Contains("Vergadering van wo 24 mei 2023", flow.SummaryCard);
        Assert.Contains(flow.SummaryCard, t => t.StartsWith("Besluiten (", StringComparison.Ordinal));
        Assert.Contains("Afgerond", flow.SummaryCard);
        Assert.Equal($"Dit bestand kon ik niet lezen: {File}: het bestand is beschadigd (de zipstructuur klopt niet).", flow.DamagedAnswer);
        AssertNoWordOf(Language.En, Language.Nl, flow);
    }

    [Fact]
    public async Task EnglishClient_EnglishTeam_EveryMessageOfTheFlowIsEnglish()
    {
        var flow = await RunFlowAsync("en");

        Assert.Equal("Reading the minutes…", flow.Acknowledgement);
        Assert.StartsWith("The summary is ready; Annet de Groot reviews it first", flow.ReviewWaiting, StringComparison.Ordinal);
        Assert.Contains("Review before publishing", flow.ReviewCard);
        Assert.Contains("Publish", flow.ReviewCard);
        Assert.Contains(flow.AskedCard, t => t.EndsWith("actions have no owner yet — assign them or publish as is?", StringComparison.Ordinal));
        Assert.Contains("Publish as is", flow.AskedCard);
        Assert.Contains("Published in the thread of the minutes.", flow.PublishedNotice);
        Assert.Contains("Meeting of Wed 24 May 2023", flow.SummaryCard);
        Assert.Contains(flow.SummaryCard, t => t.StartsWith("Decisions (", StringComparison.Ordinal));
        Assert.Contains("Done", flow.SummaryCard);
        Assert.Equal($"I could not read this file: {File}: the file is damaged (its zip structure is broken).", flow.DamagedAnswer);
        AssertNoWordOf(Language.Nl, Language.En, flow);
    }

    /// <summary>No card of the flow shows a word of the other language's card table (where the two differ).</summary>
    private static void AssertNoWordOf(Language other, Language spoken, Flow flow)
    {
        var foreign = Words(other.Texts.Cards).Except(Words(spoken.Texts.Cards)).ToHashSet(StringComparer.Ordinal);
        var shown = flow.ReviewCard.Concat(flow.AskedCard).Concat(flow.SummaryCard).Concat(flow.PublishedNotice).ToList();
        Assert.NotEmpty(shown);
        Assert.DoesNotContain(shown, foreign.Contains);
    }

    private static async Task<Flow> RunFlowAsync(string teamLanguage)
    {
        await using var app = new IntakeApp(ChannelIntakeTests.MinutesGraph());
        var followup = app.Services.GetRequiredService<FollowupService>();
        await followup.UpdateSettingsAsync(Tenant, IntakeApp.TeamId, s => s with { Language = teamLanguage }, CancellationToken.None);

        await app.PostAsync(EnglishClient(app.Activity("channel-file-post.json", Tenant)));
        var sent = await app.WaitForAsync(s => s.Any(x => IntakeApp.Text(x.Body).Contains("Annet de Groot", StringComparison.Ordinal)));
        await app.WaitUntilIdleAsync();
        sent = app.Sent();
        var review = sent.Single(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null);
        var data = IntakeApp.Submitted(review.Body, CardVerbs.ReviewPublish);

        // The sample leaves items nobody owns: the first "publish" asks, the second publishes them as they are.
        using var asked = await app.PostAsync(EnglishClient(PublishInvoke(app, data)));
        var askedCard = JsonNode.Parse(await asked.Content.ReadAsStringAsync())!["value"]!;
        using var published = await app.PostAsync(EnglishClient(PublishInvoke(app, IntakeApp.Submitted(askedCard, CardVerbs.ReviewPublish))));
        var notice = JsonNode.Parse(await published.Content.ReadAsStringAsync())!;
        var summary = await app.WaitForAsync(s => s.Any(x => IsSummary(x.Body)));

        var damaged = await DamagedAnswerAsync(teamLanguage);
        return new Flow(
            IntakeApp.Text(sent[0].Body),
            IntakeApp.Text(sent.Single(x => IntakeApp.Text(x.Body).Contains("Annet de Groot", StringComparison.Ordinal)).Body),
            CardNodes.Words(IntakeApp.Card(review.Body)),
            CardNodes.Words(askedCard),
            CardNodes.Words(notice["value"]!),
            CardNodes.Words(IntakeApp.Card(summary.Single(x => IsSummary(x.Body)).Body)),
            damaged);
    }

    /// <summary>The same channel post with a damaged file in it, in a fresh app with the same team language.</summary>
    private static async Task<string> DamagedAnswerAsync(string teamLanguage)
    {
        var broken = "PK\u0003\u0004 this is not a real word file"u8.ToArray();
        var graph = ChannelIntakeTests.MinutesGraph(new RecordedGraph().AnswerBytes($"/v1.0/drives/{ChannelIntakeTests.Drive}/items/{ChannelIntakeTests.FileItem}/content", broken));
        await using var app = new IntakeApp(graph);
        await app.Services.GetRequiredService<FollowupService>()
            .UpdateSettingsAsync(Tenant, IntakeApp.TeamId, s => s with { Language = teamLanguage }, CancellationToken.None);

        await app.PostAsync(EnglishClient(app.Activity("channel-file-post.json", Tenant)));

        var sent = await app.WaitForAsync(s => s.Any(x => IntakeApp.Text(x.Body).Contains(File + ":", StringComparison.Ordinal)));
        return IntakeApp.Text(sent.Single(x => IntakeApp.Text(x.Body).Contains(File + ":", StringComparison.Ordinal)).Body);
    }

    private static JsonNode EnglishClient(JsonNode activity)
    {
        activity["locale"] = "en-US";
        foreach (var entity in activity["entities"]?.AsArray() ?? [])
        {
            if (entity?["locale"] is not null)
            {
                entity["locale"] = "en-US";
            }
        }

        return activity;
    }

    private static JsonNode PublishInvoke(IntakeApp app, JsonObject data)
    {
        var invoke = app.Activity("adaptive-card-action.json", Tenant, IntakeApp.ReviewChat, "en-US");
        invoke["from"] = new JsonObject { ["id"] = "29:1annet-user", ["name"] = "Annet de Groot", ["aadObjectId"] = ChannelIntakeTests.Uploader };
        invoke["value"]!["action"]!["verb"] = CardVerbs.ReviewPublish;
        invoke["value"]!["action"]!["data"] = data;
        return invoke;
    }

    private static bool IsSummary(JsonNode body) =>
        body["attachments"] is not null && CardNodes.FindAction(body, CardVerbs.ReviewPublish) is null && CardNodes.FindAction(body, CardVerbs.ItemDone) is not null;

    /// <summary>The plain words of a card table (its strings and list entries; the formatted ones are left out).</summary>
    private static IEnumerable<string> Words(CardStrings strings) =>
        typeof(CardStrings).GetProperties()
            .Select(p => p.GetValue(strings))
            .SelectMany(v => v switch
            {
                string s => [s],
                IReadOnlyList<string> list => list,
                _ => Array.Empty<string>(),
            })
            .Where(w => w.Length > 3);

    private sealed record Flow(string Acknowledgement, string ReviewWaiting, List<string> ReviewCard, List<string> AskedCard, List<string> PublishedNotice, List<string> SummaryCard, string DamagedAnswer);
}
