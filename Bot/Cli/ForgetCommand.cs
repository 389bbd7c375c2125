using System.CommandLine;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsBot.Followup;
using TeamsBot.Storage;
using TeamsBot.Teams.Intake;
using TeamsBot.Work;

namespace TeamsBot.Cli;

/// <summary>
/// <c>forget --tenant &lt;id&gt; [--team &lt;id&gt;]</c>: deletes a team's data, or a whole tenant's, from the configured store
/// (the <c>Storage</c> section of appsettings.json, or STORAGE__... environment variables): the same deletion the bot
/// does when it is removed from a team, and for a tenant everything under the tenant's prefix as well.
/// </summary>
internal static class ForgetCommand
{
    public static Command Create()
    {
        var tenant = new Option<string>("--tenant") { Description = "The tenant id (Entra directory id) whose data is deleted.", Required = true };
        var team = new Option<string?>("--team") { Description = "Only this team's data (the Teams team id, 19:...@thread.tacv2). Without it: the whole tenant." };
        var command = new Command("forget", "Delete a team's data, or a whole tenant's, from the configured store (a request to be forgotten).") { tenant, team };
        command.SetAction((parse, token) => RunAsync(parse.GetValue(tenant)!, parse.GetValue(team), token));
        return command;
    }

    private static async Task<int> RunAsync(string tenantId, string? teamId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(tenantId) || (teamId is not null && string.IsNullOrWhiteSpace(teamId)))
        {
            Console.Error.WriteLine("--tenant and --team need a non-empty id.");
            return ExitCodes.BadInput;
        }

        IDocumentStore store;
        try
        {
            store = StorageExtensions.Create(ConfiguredStorage());
        }
        catch (ValidationException ex)
        {
            Console.Error.WriteLine($"Storage: {ex.Message}");
            return ExitCodes.BadInput;
        }

        var (teams, meetings, documents) = await ForgetAsync(store, tenantId, teamId, cancellationToken);
        Console.Out.WriteLine($"Forgotten: {teams} team(s), {meetings} meeting(s), {documents} document(s) deleted.");
        return 0;
    }

    /// <summary>Deletes the team's data (or with <paramref name="teamId"/> null the tenant's) and counts what went.</summary>
    public static async Task<(int Teams, int Meetings, int Documents)> ForgetAsync(IDocumentStore store, string tenantId, string? teamId, CancellationToken cancellationToken)
    {
        var before = await CountAsync(store, tenantId, cancellationToken);
        var followup = new FollowupService(store, TimeProvider.System, NullLogger<FollowupService>.Instance);
        var installations = new Installations(store);
        var intake = new IntakeStore(store);
        var teams = teamId is not null
            ? [teamId]
            : (await installations.ListTeamsAsync(tenantId, cancellationToken)).Select(t => t.TeamId).ToList();
        var meetings = 0;
        foreach (var team in teams)
        {
            meetings += await followup.ForgetTeamAsync(tenantId, team, cancellationToken);
            await installations.RemoveTeamAsync(tenantId, team, cancellationToken);
            await DurableBackgroundWorkQueue.ForgetAsync(store, tenantId, team, cancellationToken);
            await intake.ForgetTeamAsync(tenantId, team, cancellationToken);
        }

        if (teamId is null)
        {
            // Also what belongs to no team: personal chats, open-item indexes, reviews, claims, teams never recorded, queued work.
            await store.DeleteAllAsync(TenantKeys.Tenant(tenantId), cancellationToken);
            await DurableBackgroundWorkQueue.ForgetAsync(store, tenantId, null, cancellationToken);
            await installations.ForgetTenantAsync(tenantId, cancellationToken);
        }

        return (teams.Count, meetings, before - await CountAsync(store, tenantId, cancellationToken));
    }

    private static async Task<int> CountAsync(IDocumentStore store, string tenantId, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var unused in store.ListAsync(TenantKeys.Tenant(tenantId), cancellationToken))
        {
            count++;
        }

        return count;
    }

    private static StorageOptions ConfiguredStorage()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = new StorageOptions();
        configuration.GetSection(StorageOptions.SectionName).Bind(options);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        if (options.Provider == StorageProvider.AzureBlob && string.IsNullOrWhiteSpace(options.ConnectionString) && options.ServiceUri is null)
        {
            throw new ValidationException("Storage:Provider AzureBlob needs Storage:ConnectionString or Storage:ServiceUri.");
        }

        return options;
    }
}
