using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using TeamsBot.Graph;

namespace TeamsBot.Tests.Planner;

/// <summary>
/// Planner as Graph v1.0 answers it, built from recorded responses (Fixtures/Graph/planner-*.json, group-plans.json,
/// error-*.json): tasks and their details with ETags that change with every write, If-Match checked (412), 404 for a
/// deleted task. Tests change tasks "in Planner" with <see cref="Complete"/>, <see cref="Reassign"/> and
/// <see cref="Delete"/>, and make Graph fail with <see cref="Fault"/> (an answer instead of Planner's) or
/// <see cref="LoseAnswer"/> (the request is carried out, then the answer is lost: a timeout).
/// </summary>
internal sealed partial class FakePlanner : HttpMessageHandler
{
    public const string GroupId = "8b081ef6-4792-4def-b2c9-c363a1bf41d5";
    public const string PlanId = "xqQg5FS2LkCp935s-FIFm2QAFkHM";

    private readonly Dictionary<string, JsonObject> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Description, int Version)> _details = new(StringComparer.Ordinal);
    private readonly List<JsonObject> _buckets = [];
    private readonly List<JsonObject> _plans;
    private int _next;

    public FakePlanner()
    {
        var plans = JsonNode.Parse(Read("group-plans.json"))!["value"]!.AsArray();
        _plans = [.. plans.Select(p => (JsonObject)p!.DeepClone())];
    }

    public List<(string Method, string Path, string? Body, string? IfMatch, HttpStatusCode Status)> Requests { get; } = [];

    /// <summary>An answer given instead of Planner's (null: Planner answers).</summary>
    public Func<HttpRequestMessage, HttpResponseMessage?>? Fault { get; set; }

    /// <summary>Requests that are carried out but whose answer never arrives (the client sees a timeout).</summary>
    public Func<HttpRequestMessage, bool>? LoseAnswer { get; set; }

    /// <summary>Runs before Planner handles a request (to change a task "meanwhile").</summary>
    public Action<HttpRequestMessage>? Before { get; set; }

    /// <summary>Runs before Planner handles a request, awaited (another instance of the bot acting "meanwhile").</summary>
    public Func<HttpRequestMessage, Task>? BeforeAsync { get; set; }

    public IReadOnlyList<string> PlanTitles => [.. _plans.Select(p => p["title"]!.GetValue<string>())];

    public IReadOnlyList<string> PlanIds => [.. _plans.Select(p => p["id"]!.GetValue<string>())];

    public IReadOnlyList<JsonObject> Tasks => [.. _tasks.Values];

    public IReadOnlyList<string> BucketNames => [.. _buckets.Select(b => b["name"]!.GetValue<string>())];

    public int Posts(string path) => Requests.Count(r => r.Method == "POST" && r.Path == path && r.Status is HttpStatusCode.Created);

    public string Description(string taskId) => _details[taskId].Description;

    public static IEnumerable<string> Assignees(JsonObject task) =>
        task["assignments"]!.AsObject().Where(a => a.Value is not null).Select(a => a.Key);

    /// <summary>A GraphClient over this Planner; with the SDK's default handlers (retry on 429 with Retry-After) when asked.</summary>
    public GraphClient Client(bool sdkHandlers = false)
    {
        var http = sdkHandlers
            ? GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers(), finalHandler: this)
            : new HttpClient(this);
        return new GraphClient(new GraphServiceClient(http, new AnonymousAuthenticationProvider(), "https://graph.microsoft.com/v1.0"));
    }

    public void Complete(string taskId)
    {
        _tasks[taskId]["percentComplete"] = 100;
        _tasks[taskId]["completedDateTime"] = "2023-05-30T14:00:00Z";
        Touch(taskId);
    }

    public void Reassign(string taskId, params string[] userIds)
    {
        var assignments = new JsonObject();
        foreach (var userId in userIds)
        {
            assignments[userId] = Assignment();
        }

        _tasks[taskId]["assignments"] = assignments;
        Touch(taskId);
    }

    public void Retitle(string taskId, string title)
    {
        _tasks[taskId]["title"] = title;
        Touch(taskId);
    }

    /// <summary>
    /// A new due date set in Planner (null: removed), as Planner's apps store it: the start of the day in the user's time
    /// zone (Amsterdam: 7 July is "2023-07-06T22:00:00Z").
    /// </summary>
    public void Redate(string taskId, DateOnly? due)
    {
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        _tasks[taskId]["dueDateTime"] = due is { } day
            ? TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), amsterdam).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)
            : null;
        Touch(taskId);
    }

    /// <summary>Someone adds a note to the task's description in Planner: only the details' ETag moves.</summary>
    public void AddNote(string taskId, string note)
    {
        var (description, version) = _details[taskId];
        _details[taskId] = (description + "\n" + note, version + 1);
    }

    /// <summary>The bucket deleted in Planner, with its tasks (as Planner does).</summary>
    public void DeleteBucket(string name)
    {
        var bucket = _buckets.Single(b => b["name"]!.GetValue<string>() == name);
        _buckets.Remove(bucket);
        foreach (var task in _tasks.Values.Where(t => t["bucketId"]?.GetValue<string>() == bucket["id"]!.GetValue<string>()).ToList())
        {
            Delete(task["id"]!.GetValue<string>());
        }
    }

    public void Delete(string taskId)
    {
        _tasks.Remove(taskId);
        _details.Remove(taskId);
    }

    /// <summary>A change in Planner the bot does not mirror (a priority): only the ETag moves.</summary>
    public void Touch(string taskId)
    {
        var version = int.Parse(VersionOf(_tasks[taskId]), System.Globalization.CultureInfo.InvariantCulture) + 1;
        _tasks[taskId]["@odata.etag"] = Etag(taskId, version);
    }

    public static HttpResponseMessage Error(HttpStatusCode status, string fixture, TimeSpan? retryAfter = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(Read(fixture), Encoding.UTF8, "application/json") };
        if (retryAfter is { } wait)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
        }

        return response;
    }

    /// <summary>Where Graph requests other than Planner's go (the recorded channel files of a whole-app test).</summary>
    public HttpMessageHandler? Others { get; init; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = Uri.UnescapeDataString(request.RequestUri!.AbsolutePath);
        path = path.StartsWith("/v1.0", StringComparison.Ordinal) ? path[5..] : path;
        if (Others is not null && !path.StartsWith("/planner/", StringComparison.Ordinal) && !path.StartsWith($"/groups/{GroupId}/planner/", StringComparison.Ordinal))
        {
            using var invoker = new HttpMessageInvoker(Others, disposeHandler: false);
            return await invoker.SendAsync(request, cancellationToken);
        }
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var ifMatch = request.Headers.TryGetValues("If-Match", out var values) ? values.First() : null;
        var response = Fault?.Invoke(request);
        if (response is null)
        {
            Before?.Invoke(request);
            if (BeforeAsync is { } before)
            {
                await before(request);
            }

            response = Handle(request.Method.Method, path, body is { Length: > 0 } ? JsonNode.Parse(body)!.AsObject() : null, ifMatch,
                request.Headers.TryGetValues("Prefer", out var prefer) && prefer.Contains("return=representation"));
        }

        response.RequestMessage = request;
        Requests.Add((request.Method.Method, path, body, ifMatch, response.StatusCode));
        if (LoseAnswer?.Invoke(request) == true)
        {
            response.Dispose();
            throw new TaskCanceledException("The request timed out (the fake Planner carried it out and lost the answer).");
        }

        return response;
    }

    private HttpResponseMessage Handle(string method, string path, JsonObject? body, string? ifMatch, bool representation)
    {
        if (method == "GET" && path == $"/groups/{GroupId}/planner/plans")
        {
            return List(_plans);
        }

        if (method == "POST" && path == "/planner/plans")
        {
            var plan = (JsonObject)_plans[0].DeepClone();
            plan["id"] = $"plan-{++_next}";
            plan["title"] = body!["title"]!.GetValue<string>();
            plan["@odata.etag"] = Etag(plan["id"]!.GetValue<string>(), 1);
            _plans.Add(plan);
            return Json(plan, HttpStatusCode.Created);
        }

        if (PlanPath().Match(path) is { Success: true } planPath)
        {
            var planId = planPath.Groups["plan"].Value;
            return planPath.Groups["what"].Value == "buckets"
                ? List(_buckets.Where(b => b["planId"]!.GetValue<string>() == planId))
                : List(_tasks.Values.Where(t => t["planId"]!.GetValue<string>() == planId));
        }

        if (PlanItself().Match(path) is { Success: true } planItself && method == "DELETE")
        {
            var plan = _plans.FirstOrDefault(p => p["id"]!.GetValue<string>() == planItself.Groups["plan"].Value);
            if (plan is null)
            {
                return Error(HttpStatusCode.NotFound, "error-404.json");
            }

            if (ifMatch != plan["@odata.etag"]?.GetValue<string>())
            {
                return Error(HttpStatusCode.PreconditionFailed, "error-412.json");
            }

            _plans.Remove(plan);
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }

        if (method == "GET" && BucketPath().Match(path) is { Success: true } bucketPath)
        {
            var bucket = _buckets.FirstOrDefault(b => b["id"]!.GetValue<string>() == bucketPath.Groups["bucket"].Value);
            return bucket is null ? Error(HttpStatusCode.NotFound, "error-404.json") : Json(bucket, HttpStatusCode.OK);
        }

        if (method == "POST" && path == "/planner/buckets")
        {
            var bucket = new JsonObject { ["@odata.etag"] = "W/\"bucket\"", ["id"] = $"bucket-{++_next}", ["name"] = body!["name"]!.DeepClone(), ["planId"] = body["planId"]!.DeepClone(), ["orderHint"] = "8585269235419181250" };
            _buckets.Add(bucket);
            return Json(bucket, HttpStatusCode.Created);
        }

        if (method == "POST" && path == "/planner/tasks")
        {
            var task = JsonNode.Parse(Read("planner-task.json"))!.AsObject();
            var id = $"task-{++_next}";
            task["id"] = id;
            task["@odata.etag"] = Etag(id, 1);
            foreach (var (key, value) in body!)
            {
                task[key] = value?.DeepClone();
            }

            _tasks[id] = task;
            _details[id] = (string.Empty, 1);
            return Json(task, HttpStatusCode.Created);
        }

        if (TaskPath().Match(path) is not { Success: true } taskPath || !_tasks.TryGetValue(taskPath.Groups["task"].Value, out var stored))
        {
            return Error(HttpStatusCode.NotFound, "error-404.json");
        }

        var taskId = taskPath.Groups["task"].Value;

        if (taskPath.Groups["details"].Success)
        {
            var (description, version) = _details[taskId];
            if (method == "GET")
            {
                var details = JsonNode.Parse(Read("planner-task-details.json"))!.AsObject();
                details["id"] = taskId;
                details["description"] = description;
                details["@odata.etag"] = Etag(taskId + "-details", version);
                return Json(details, HttpStatusCode.OK);
            }

            if (ifMatch != Etag(taskId + "-details", version))
            {
                return Error(HttpStatusCode.PreconditionFailed, "error-412.json");
            }

            _details[taskId] = (body!["description"]?.GetValue<string>() ?? description, version + 1);
            if (!representation)
            {
                return new HttpResponseMessage(HttpStatusCode.NoContent);
            }

            var written = JsonNode.Parse(Read("planner-task-details.json"))!.AsObject();
            written["id"] = taskId;
            written["description"] = _details[taskId].Description;
            written["@odata.etag"] = Etag(taskId + "-details", version + 1);
            return Json(written, HttpStatusCode.OK);
        }

        if (method == "GET")
        {
            return Json(stored, HttpStatusCode.OK);
        }

        if (ifMatch != stored["@odata.etag"]!.GetValue<string>())
        {
            return Error(HttpStatusCode.PreconditionFailed, "error-412.json");
        }

        if (method == "DELETE")
        {
            Delete(taskId);
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }

        foreach (var (key, value) in body!)
        {
            if (key == "assignments")
            {
                var assignments = stored["assignments"]!.AsObject();
                foreach (var (user, assignment) in value!.AsObject())
                {
                    assignments.Remove(user);
                    if (assignment is not null)
                    {
                        assignments[user] = assignment.DeepClone();
                    }
                }
            }
            else
            {
                stored[key] = value?.DeepClone();
            }
        }

        stored["completedDateTime"] = stored["percentComplete"]?.GetValue<int>() == 100 ? "2023-05-30T14:00:00Z" : null;
        Touch(taskId);
        return representation ? Json(stored, HttpStatusCode.OK) : new HttpResponseMessage(HttpStatusCode.NoContent);
    }

    private static JsonObject Assignment() => new() { ["@odata.type"] = "#microsoft.graph.plannerAssignment", ["assignedDateTime"] = "2023-05-30T14:00:00Z", ["orderHint"] = "8585269235419181250" };

    private static string Etag(string id, int version) => $"W/\"{id}@{version}\"";

    private static string VersionOf(JsonObject task) => task["@odata.etag"]!.GetValue<string>().Split('@')[1].TrimEnd('"');

    private static HttpResponseMessage List(IEnumerable<JsonObject> values) =>
        Json(new JsonObject { ["value"] = new JsonArray([.. values.Select(v => (JsonNode)v.DeepClone())]) }, HttpStatusCode.OK);

    private static HttpResponseMessage Json(JsonObject value, HttpStatusCode status) =>
        new(status) { Content = new StringContent(value.ToJsonString(), Encoding.UTF8, "application/json") };

    private static string Read(string fixture) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Graph", fixture));

    [GeneratedRegex("^/planner/plans/(?<plan>[^/]+)/(?<what>buckets|tasks)$")]
    private static partial Regex PlanPath();

    [GeneratedRegex("^/planner/plans/(?<plan>[^/]+)$")]
    private static partial Regex PlanItself();

    [GeneratedRegex("^/planner/buckets/(?<bucket>[^/]+)$")]
    private static partial Regex BucketPath();

    [GeneratedRegex("^/planner/tasks/(?<task>[^/]+)(?<details>/details)?$")]
    private static partial Regex TaskPath();
}
