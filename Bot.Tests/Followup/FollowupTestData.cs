using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Extraction;
using TeamsBot.Followup;
using TeamsBot.Minutes;
using TeamsBot.Samples;
using TeamsBot.Storage;

namespace TeamsBot.Tests.Followup;

/// <summary>Small minutes built in code, a team of four, and a service over a given store with a fake clock.</summary>
internal static class FollowupTestData
{
    public const string Tenant = "8a1f0c3e-0000-4000-8000-00000000000a";
    public const string Team = "19:steering-group@thread.tacv2";

    public static readonly Actor Secretary = new("aad-marilyn", "Marilyn Louisville");
    public static readonly Actor Cor = new("aad-cor", "Cor Lamers");

    public static readonly IReadOnlyList<TeamMember> Members =
    [
        new("aad-cor", "Cor Lamers", "cor.lamers@example.org"),
        new("aad-olga", "Olga Boot", "o.boot@example.org"),
        new("aad-dino", "Dino van Dal", "dino.vandal@example.org"),
        new("aad-marilyn", "Marilyn Louisville", "m.louisville@example.org"),
    ];

    public static FollowupService Service(IDocumentStore store, FakeTimeProvider time) =>
        new(store, time, NullLogger<FollowupService>.Instance);

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2023, 5, 25, 9, 0, 0, TimeSpan.Zero));

    public static ExtractedAction Item(string text, params string[] owners) =>
        new($"a{text.Length}", text, owners, [], null, null, text, "Actiepunten", new SourceRef(null, 1));

    public static ExtractionResult MinutesOf(string title, DateOnly? date, IReadOnlyList<ExtractedAction> items, params string[] decisions) =>
        new(
            new MeetingHeader
            {
                Title = title,
                Date = date,
                Attendees = [new Person("Cor Lamers"), new Person("Olga Boot", "gemeente"), new Person("Dino van Dal", "BZK"), new Person("Marilyn Louisville")],
            },
            "nl",
            [.. decisions.Select((d, k) => new ExtractedDecision($"d{k}", d, d, "Besluiten", new SourceRef(null, k)))],
            items);

    public static MinutesUpload Upload(string content, string tenant = Tenant, string team = Team, string fileName = "notulen-stuurgroep.md") =>
        new(tenant, team, "19:general@thread.tacv2", "{\"conversation\":\"opaque\"}", Secretary, fileName, null, Encoding.UTF8.GetBytes(content));

    /// <summary>Twenty items, one per line, for Olga and Dino in turn.</summary>
    public static IReadOnlyList<ExtractedAction> TwentyItems() =>
        [.. Enumerable.Range(1, 20).Select(k => Item($"Task {k}: prepare report number {k} for the council", k % 2 == 0 ? "Olga" : "Dino van Dal"))];

    public static ExtractionResult Sample()
    {
        var document = new MinutesReader().Read(SampleMinutes.Bytes(".md"), SampleMinutes.FileName);
        return MinutesExtractor.Extract(document);
    }
}
