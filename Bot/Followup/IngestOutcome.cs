namespace TeamsBot.Followup;

public sealed record IngestOutcome(Meeting Meeting, IngestResult Result);
