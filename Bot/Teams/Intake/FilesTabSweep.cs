using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamsBot.Followup;
using TeamsBot.Graph;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// Finds minutes uploaded in a team's Files tab (no message is posted for those): every interval, a Graph delta query
/// on the General channel's folder of each installed team, from the delta link of the previous sweep. The first sweep
/// of a team only sets the baseline, so installing the bot does not replay a team's old files. New minutes files go
/// to the same <c>minutes</c> work as channel posts. Off without Graph (local mode).
/// </summary>
public sealed class FilesTabSweep(
    Installations installations,
    FollowupService followup,
    IntakeStore store,
    IBackgroundWorkQueue queue,
    IOptions<IntakeOptions> options,
    IOptions<BotOptions> bot,
    TimeProvider time,
    ILogger<FilesTabSweep> logger,
    GraphAccess graphAccess) : BackgroundService
{
    private readonly GraphClient? _graph = graphAccess.Client;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_graph is null)
        {
            Log.SweepOff(logger);
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await SweepAsync(stoppingToken);
        }
    }

    /// <summary>One sweep of every installed team with a Graph id; returns how many files were queued.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        if (_graph is null)
        {
            return 0;
        }

        var queued = 0;
        foreach (var team in await installations.ListTeamsAsync(cancellationToken))
        {
            if (team.GroupId is null)
            {
                continue;
            }

            try
            {
                queued += await SweepTeamAsync(_graph, team, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // One team's failure (consent withdrawn, Graph down) must not stop the others.
                Log.SweepFailed(logger, LoggedException.Of(ex), Log.Hash(team.TenantId, team.TeamId));
            }
        }

        return queued;
    }

    private async Task<int> SweepTeamAsync(GraphClient client, TeamInstallation team, CancellationToken cancellationToken)
    {
        var folder = await client.GetChannelFolderAsync(team.GroupId!, team.ChannelId, cancellationToken);
        var state = await store.GetSweepAsync(team.TenantId, team.TeamId, cancellationToken);
        var changes = await client.GetFolderChangesAsync(folder, state?.DeltaLink, cancellationToken);
        var files = state is null ? [] : changes.Files.Where(f => MinutesReading.WorthReading(f.Name)).ToList();
        if (files.Count > 0)
        {
            // No message, so no locale: the bot speaks the team's language.
            var settings = await followup.GetSettingsAsync(team.TenantId, team.TeamId, cancellationToken);
            var channel = ThreadReference.Channel(team.ServiceUrl, team.ChannelId, team.TenantId,
                bot.Value.AppId is { } appId ? new ChannelAccount { Id = "28:" + appId } : null, settings.Language);
            await QueueAsync(team, files, channel, cancellationToken);
        }

        await store.SaveSweepAsync(team.TenantId, team.TeamId, new SweepState(changes.DeltaLink ?? state?.DeltaLink), cancellationToken);
        Log.Swept(logger, Log.Hash(team.TenantId, team.TeamId), files.Count);
        return files.Count;
    }

    private async Task QueueAsync(TeamInstallation team, List<ChannelFile> files, ConversationReference channel, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var work = new MinutesWork(MinutesOrigin.FilesTab, team.TenantId, team.TeamId, team.ChannelId, string.Empty, string.Empty, null,
                FileName: file.Name, GroupId: team.GroupId, DriveId: file.DriveId, ItemId: file.ItemId, Size: file.Size);
            await queue.EnqueueAsync(new BackgroundWorkItem(MinutesWork.Kind, channel,
                JsonSerializer.SerializeToElement(work, IntakeJson.Default.MinutesWork), null), cancellationToken);
        }
    }
}
