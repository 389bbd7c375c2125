namespace TeamsBot.Followup;

public enum IngestResult
{
    /// <summary>A new meeting.</summary>
    Created,

    /// <summary>A changed file of a known meeting: the meeting was updated, items still present kept their state.</summary>
    Updated,

    /// <summary>The same bytes again: nothing was changed.</summary>
    Unchanged,
}
