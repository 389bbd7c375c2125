using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Serialization;

namespace TeamsBot.Graph;

/// <summary>
/// Planner (Graph v1.0, application permission <c>Tasks.ReadWrite.All</c>): the plans of a group, buckets, and tasks
/// with their details. Every change of a task or its details is conditional on its ETag (<c>If-Match</c>, which Planner
/// requires); a stale ETag (412) is answered by reading the task again, for the caller to decide anew.
/// </summary>
public partial class GraphClient
{
    private const string EtagProperty = "@odata.etag";

    /// <summary>The plans a team's group owns.</summary>
    public virtual async Task<IReadOnlyList<PlannerPlanInfo>> GetGroupPlansAsync(string groupId, CancellationToken cancellationToken)
    {
        var plans = await graph.Groups[groupId].Planner.Plans.GetAsync(cancellationToken: cancellationToken);
        return [.. (plans?.Value ?? []).Where(p => p.Id is not null).Select(p => new PlannerPlanInfo(p.Id!, p.Title ?? p.Id!, Etag(p.AdditionalData)))];
    }

    /// <summary>Creates a plan owned by the group (<c>container.url</c> is the group's Graph address).</summary>
    public virtual async Task<PlannerPlanInfo> CreatePlanAsync(string groupId, string title, CancellationToken cancellationToken)
    {
        var plan = await graph.Planner.Plans.PostAsync(new PlannerPlan
        {
            Title = title,
            Container = new PlannerPlanContainer { Url = $"https://graph.microsoft.com/v1.0/groups/{Uri.EscapeDataString(groupId)}" },
        }, cancellationToken: cancellationToken) ?? throw new InvalidOperationException("Graph returned no plan.");
        return new PlannerPlanInfo(plan.Id!, plan.Title ?? title, Etag(plan.AdditionalData));
    }

    /// <summary>Deletes a plan (with its buckets and tasks) if it is still the version <paramref name="plan"/> describes; false when it changed or is gone.</summary>
    public virtual async Task<bool> DeletePlanAsync(PlannerPlanInfo plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        try
        {
            await graph.Planner.Plans[plan.Id].DeleteAsync(request => request.Headers.Add("If-Match", plan.ETag ?? "*"), cancellationToken);
            return true;
        }
        catch (ODataError error) when (error.ResponseStatusCode is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>Whether the bucket still exists (a bucket deleted in Planner answers 404).</summary>
    public virtual async Task<bool> BucketExistsAsync(string bucketId, CancellationToken cancellationToken)
    {
        try
        {
            return await graph.Planner.Buckets[bucketId].GetAsync(cancellationToken: cancellationToken) is { Id: not null };
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return false;
        }
    }

    /// <summary>The id of the plan's bucket with this name, created (at the end) when the plan has none.</summary>
    public virtual async Task<string> EnsureBucketAsync(string planId, string name, CancellationToken cancellationToken)
    {
        var buckets = await graph.Planner.Plans[planId].Buckets.GetAsync(cancellationToken: cancellationToken);
        if ((buckets?.Value ?? []).FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase) && b.Id is not null) is { } known)
        {
            return known.Id!;
        }

        var created = await graph.Planner.Buckets.PostAsync(new PlannerBucket { Name = name, PlanId = planId, OrderHint = " !" }, cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException("Graph returned no bucket.");
        return created.Id!;
    }

    /// <summary>Every task of the plan, following every page.</summary>
    public virtual async Task<IReadOnlyList<PlannerTaskInfo>> GetPlanTasksAsync(string planId, CancellationToken cancellationToken)
    {
        var tasks = new List<PlannerTaskInfo>();
        var request = graph.Planner.Plans[planId].Tasks;
        var page = await request.GetAsync(cancellationToken: cancellationToken);
        while (page is not null)
        {
            tasks.AddRange((page.Value ?? []).Where(t => t.Id is not null).Select(Info));
            page = page.OdataNextLink is { } next ? await request.WithUrl(next).GetAsync(cancellationToken: cancellationToken) : null;
        }

        return tasks;
    }

    /// <summary>The task, or null when it no longer exists.</summary>
    public virtual async Task<PlannerTaskInfo?> GetTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        try
        {
            return await graph.Planner.Tasks[taskId].GetAsync(cancellationToken: cancellationToken) is { Id: not null } task ? Info(task) : null;
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    /// <summary>The description in the task's details (where the bot writes the item's marker).</summary>
    public virtual async Task<string?> GetTaskDescriptionAsync(string taskId, CancellationToken cancellationToken) =>
        (await GetTaskDetailsAsync(taskId, cancellationToken))?.Description;

    /// <summary>The task's details (description and ETag), or null when the task no longer exists.</summary>
    public virtual async Task<PlannerTaskDetailsInfo?> GetTaskDetailsAsync(string taskId, CancellationToken cancellationToken)
    {
        try
        {
            var details = await graph.Planner.Tasks[taskId].Details.GetAsync(cancellationToken: cancellationToken);
            return details is null ? null : new PlannerTaskDetailsInfo(details.Description, Etag(details.AdditionalData));
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Creates the task (every assignee of the draft), then writes its description into the details (conditional on the
    /// details' ETag). The task as Planner stored it. A create is not idempotent: the caller marks the description so that
    /// a retry can find it.
    /// </summary>
    public virtual async Task<PlannerCreated> CreateTaskAsync(PlannerTaskDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var body = new PlannerTask { PlanId = draft.PlanId, BucketId = draft.BucketId, Title = draft.Title, DueDateTime = DueInstant(draft.Due) };
        if (draft.AssigneeIds.Count > 0)
        {
            body.Assignments = new PlannerAssignments { AdditionalData = draft.AssigneeIds.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(id => id, object (_) => Assignment()) };
        }

        var created = await graph.Planner.Tasks.PostAsync(body, cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException("Graph returned no task.");
        var details = await SetTaskDescriptionAsync(created.Id!, draft.Description, cancellationToken);

        // Read again: the task's ETag after its details were written is the one the bot left it with.
        return new PlannerCreated(await GetTaskAsync(created.Id!, cancellationToken) ?? Info(created), details);
    }

    /// <summary>Writes the description into the task's details, conditional on the details' ETag (read first); the details' ETag afterwards.</summary>
    public virtual async Task<string?> SetTaskDescriptionAsync(string taskId, string description, CancellationToken cancellationToken)
    {
        var details = await graph.Planner.Tasks[taskId].Details.GetAsync(cancellationToken: cancellationToken);
        var written = await graph.Planner.Tasks[taskId].Details.PatchAsync(new PlannerTaskDetails { Description = description }, request =>
        {
            request.Headers.Add("If-Match", Etag(details?.AdditionalData) ?? "*");
            request.Headers.Add("Prefer", "return=representation");
        }, cancellationToken);
        return Etag(written?.AdditionalData) ?? (await GetTaskDetailsAsync(taskId, cancellationToken))?.ETag;
    }

    /// <summary>
    /// Deletes the task if it is still the version <paramref name="eTag"/> names: <see cref="PlannerWriteOutcome.Written"/>
    /// when deleted, <see cref="PlannerWriteOutcome.Conflict"/> when it changed meanwhile (412), <see cref="PlannerWriteOutcome.Gone"/>
    /// when it was deleted already.
    /// </summary>
    public virtual async Task<PlannerWriteOutcome> DeleteTaskAsync(string taskId, string eTag, CancellationToken cancellationToken)
    {
        try
        {
            await graph.Planner.Tasks[taskId].DeleteAsync(request => request.Headers.Add("If-Match", eTag), cancellationToken);
            return PlannerWriteOutcome.Written;
        }
        catch (ODataError error) when (error.ResponseStatusCode == 412)
        {
            return PlannerWriteOutcome.Conflict;
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return PlannerWriteOutcome.Gone;
        }
    }

    /// <summary>
    /// Changes the task if it is still the version <paramref name="current"/> describes (its ETag); 412 reads it again
    /// (<see cref="PlannerWriteOutcome.Conflict"/>), 404 is <see cref="PlannerWriteOutcome.Gone"/>.
    /// </summary>
    public virtual async Task<PlannerWrite> UpdateTaskAsync(PlannerTaskInfo current, PlannerTaskChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(change);
        var body = new PlannerTask();
        if (change.Title is { } title)
        {
            body.Title = title;
        }

        if (change.Done is { } done)
        {
            body.PercentComplete = done ? 100 : 0;
        }

        if (change.ClearDue)
        {
            body.DueDateTime = null;
        }
        else if (change.Due is { } due)
        {
            body.DueDateTime = DueInstant(due);
        }

        if (change.Assignees is { } wanted)
        {
            // Planner changes assignments key by key: a JSON null removes an assignee; those who stay are left alone.
            var assignments = current.AssigneeIds.Where(id => !wanted.Contains(id, StringComparer.OrdinalIgnoreCase)).ToDictionary(id => id, object (_) => new UntypedNull());
            foreach (var id in wanted.Where(id => !current.AssigneeIds.Contains(id, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                assignments[id] = Assignment();
            }

            body.Assignments = new PlannerAssignments { AdditionalData = assignments };
        }

        try
        {
            var written = await graph.Planner.Tasks[current.Id].PatchAsync(body, request =>
            {
                request.Headers.Add("If-Match", current.ETag ?? "*");
                request.Headers.Add("Prefer", "return=representation");
            }, cancellationToken);
            var after = written is { Id: not null } ? Info(written) : await GetTaskAsync(current.Id, cancellationToken);
            return after is null ? new PlannerWrite(PlannerWriteOutcome.Gone, null) : new PlannerWrite(PlannerWriteOutcome.Written, after);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 412)
        {
            var now = await GetTaskAsync(current.Id, cancellationToken);
            return now is null ? new PlannerWrite(PlannerWriteOutcome.Gone, null) : new PlannerWrite(PlannerWriteOutcome.Conflict, now);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return new PlannerWrite(PlannerWriteOutcome.Gone, null);
        }
    }

    private static PlannerAssignment Assignment() => new() { OdataType = "#microsoft.graph.plannerAssignment", OrderHint = " !" };

    /// <summary>Noon UTC of the due date: the same calendar day wherever the team is.</summary>
    private static DateTimeOffset? DueInstant(DateOnly? due) =>
        due is { } day ? new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero) : null;

    private static PlannerTaskInfo Info(PlannerTask task) => new(
        task.Id!,
        Etag(task.AdditionalData),
        task.Title ?? string.Empty,
        task.BucketId,
        task.PercentComplete >= 100 || task.CompletedDateTime is not null,
        [.. (task.Assignments?.AdditionalData ?? new Dictionary<string, object>()).Where(a => a.Value is not null).Select(a => a.Key)],
        task.DueDateTime is { } due ? DateOnly.FromDateTime(due.UtcDateTime) : null)
    {
        DueAt = task.DueDateTime,
    };

    private static string? Etag(IDictionary<string, object>? data) =>
        data is not null && data.TryGetValue(EtagProperty, out var value)
            ? value switch
            {
                string text => text,
                UntypedString untyped => untyped.GetValue(),
                _ => value?.ToString(),
            }
            : null;
}
