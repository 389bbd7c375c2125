using TeamsBot.Followup;
using TeamsBot.Minutes;

namespace TeamsBot.Teams.Intake;

/// <summary>Where minutes sent to the bot in a personal chat belong.</summary>
public abstract record Filing
{
    private Filing() { }

    /// <summary>The uploader's own space, as before; <see cref="Unclear"/> when several of their teams fit equally well.</summary>
    public sealed record OwnSpace(bool Unclear) : Filing;

    /// <summary>The uploader's team, with its members (the uploader among them).</summary>
    public sealed record InTeam(TeamInstallation Team, IReadOnlyList<RosterMember> Members) : Filing;
}

/// <summary>
/// Files minutes sent privately under the uploader's team when that is clear: the teams of the uploader's tenant that
/// have the bot and the uploader on their roster; of several, the one whose members the minutes name most. No team, or
/// a tie, leaves them in the uploader's own space. Reading the minutes for the names takes its turn at the reading gate
/// and a reading thread, as the intake's reading does.
/// </summary>
public sealed class PersonalMinutesFiling(
    Installations installations,
    TeamRosters rosters,
    ConnectorClient connector,
    MinutesReader reader,
    ReadingMemoryGate memory,
    ReadingThreads threads,
    ILogger<PersonalMinutesFiling> logger)
{
    public async Task<Filing> ChooseAsync(MinutesWork work, string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var candidates = await CandidatesAsync(work, cancellationToken);
        if (candidates.Count <= 1)
        {
            Log.Filed(logger, candidates.Count, 0);
            return candidates.Count == 1 ? candidates[0] : new Filing.OwnSpace(Unclear: false);
        }

        // Unreadable minutes are answered as such by the intake; which team they would have gone to does not matter.
        string? text;
        using (await memory.EnterAsync(ReadingMemoryGate.Estimate(fileName, bytes.Length), cancellationToken))
        {
            text = await threads.RunAsync(() => TextOf(bytes, fileName), cancellationToken);
        }

        if (text is null)
        {
            return new Filing.OwnSpace(Unclear: false);
        }

        var named = new NamedMembers(text);
        var ranked = candidates.Select(c => (Team: c, Named: named.Count(c.Members))).OrderByDescending(c => c.Named).ToList();
        Log.Filed(logger, candidates.Count, ranked[0].Named);
        return ranked[0].Named > ranked[1].Named ? ranked[0].Team : new Filing.OwnSpace(Unclear: true);
    }

    private async Task<List<Filing.InTeam>> CandidatesAsync(MinutesWork work, CancellationToken cancellationToken)
    {
        var candidates = new List<Filing.InTeam>();
        foreach (var team in await installations.ListTeamsAsync(work.TenantId, cancellationToken))
        {
            var roster = await RosterAsync(team, cancellationToken);
            if (roster?.Members.Any(m => string.Equals(m.UserId, work.UploaderId, StringComparison.OrdinalIgnoreCase)) == true)
            {
                candidates.Add(new Filing.InTeam(team, roster.Members));
            }
        }

        return candidates;
    }

    /// <summary>The stored roster, else fetched once; a team whose roster cannot be had is not a candidate.</summary>
    private async Task<TeamRoster?> RosterAsync(TeamInstallation team, CancellationToken cancellationToken)
    {
        if (await installations.GetRosterAsync(team.TenantId, team.TeamId, cancellationToken) is { } stored)
        {
            return stored;
        }

        if (!Uri.TryCreate(team.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return null;
        }

        try
        {
            return await rosters.RefreshAsync(connector, serviceUrl, team.TenantId, team.TeamId, cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            Log.RosterFailed(logger, LoggedException.Of(ex), Log.Hash(team.TenantId, team.TeamId));
            return null;
        }
    }

    private string? TextOf(byte[] bytes, string fileName)
    {
        try
        {
            return string.Join('\n', reader.Read(bytes, fileName).Blocks.Select(b => b.Text));
        }
        catch (UnreadableMinutesException)
        {
            return null;
        }
    }
}
