namespace TeamsBot;

/// <summary>What the executable returns besides 0, for every verb of the command line and every bench.</summary>
internal static class ExitCodes
{
    /// <summary>A file that cannot be read as minutes, or bad arguments.</summary>
    public const int BadInput = 2;

    /// <summary>Settings the bot cannot start with (a missing tenant or credential): the same code as bad arguments.</summary>
    public const int BadSettings = 2;
}
