namespace TeamsBot.Followup;

/// <summary>A changed text and/or due date; null leaves a field as it is, <see cref="ClearDue"/> removes the due date.</summary>
public sealed record ItemEdit(string? Text = null, DateOnly? Due = null, bool ClearDue = false);
