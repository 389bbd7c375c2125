using TeamsBot.Reminders;

namespace TeamsBot.Teams.Reminders;

/// <summary>The line above a reminder posted in the meeting's thread, in the team's language; <c>name</c> is markup already.</summary>
internal static class ReminderTexts
{
    public static string InThread(bool dutch, string name, PingReason reason) => (dutch, reason) switch
    {
        (true, PingReason.NextMeeting) => $"{name}, je open acties voor de volgende vergadering (ik kon je niet in een persoonlijke chat bereiken):",
        (true, _) => $"{name}, deze acties van je zijn bijna of al over tijd (ik kon je niet in een persoonlijke chat bereiken):",
        (false, PingReason.NextMeeting) => $"{name}, your open actions for the next meeting (I could not reach you in a personal chat):",
        (false, _) => $"{name}, these actions of yours are due soon or overdue (I could not reach you in a personal chat):",
    };
}
