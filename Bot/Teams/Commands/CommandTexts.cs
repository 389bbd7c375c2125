using TeamsBot.Cards;

namespace TeamsBot.Teams.Commands;

/// <summary>The short messages of the commands and card actions, in Dutch and English.</summary>
internal sealed record CommandTexts(
    string HelpLead,
    string OnlyInTeam,
    string NoTeamsYet,
    string TooLong,
    Func<string, string> NextMeetingSaved,
    Func<string, string> RhythmSaved,
    string NextMeetingUnreadable,
    string NextMeetingPast,
    string ItemNotFound,
    string NotAMember,
    string MembersOnly,
    string ActionNotUnderstood,
    string OwnerNotLinkable,
    string MemberNotInTeam,
    string SettingsRefused,
    string StorageBusy)
{
    public static CommandTexts Nl { get; } = new(
        HelpLead: "Ik lees notulen en haal de besluiten en acties eruit. Dit zijn mijn commando's:",
        OnlyInTeam: "Dat werkt in het kanaal van je team: noem mij daar met @ en typ het commando.",
        NoTeamsYet: "Ik ken nog geen team van jou met mij erin. Vraag 'acties' in het kanaal van je team, of hier 'mijn acties'.",
        TooLong: "Dat bericht is te lang voor een commando. Typ 'help' om te zien wat ik kan.",
        NextMeetingSaved: when => $"Genoteerd: de volgende vergadering is {when}.",
        RhythmSaved: rhythm => $"Genoteerd: het team vergadert {rhythm}.",
        NextMeetingUnreadable: "Die datum kan ik niet lezen. Probeer bijvoorbeeld 'volgende vergadering 21 juni 13:30' of 'volgende vergadering elke 4 weken op woensdag 13:30'.",
        NextMeetingPast: "Die datum is al voorbij. Noem een datum in de toekomst.",
        ItemNotFound: "Dit actiepunt kan ik niet (meer) vinden.",
        NotAMember: "Alleen leden van het team kunnen dit actiepunt wijzigen.",
        MembersOnly: "Alleen leden van dit team kunnen dat zien of wijzigen.",
        ActionNotUnderstood: "Deze knop begrijp ik niet. Vraag de kaart opnieuw op, bijvoorbeeld met 'mijn acties'.",
        OwnerNotLinkable: "Deze eigenaar is al gekoppeld of bestaat niet meer.",
        MemberNotInTeam: "Die persoon is geen lid van het team.",
        SettingsRefused: "Deze instellingen kan ik niet opslaan.",
        StorageBusy: Apology.StorageBusy(dutch: true));

    public static CommandTexts En { get; } = new(
        HelpLead: "I read minutes and pick out the decisions and action items. These are my commands:",
        OnlyInTeam: "That works in your team's channel: @mention me there and type the command.",
        NoTeamsYet: "I don't know a team of yours with me in it yet. Ask 'actions' in your team's channel, or 'my actions' here.",
        TooLong: "That message is too long for a command. Type 'help' to see what I can do.",
        NextMeetingSaved: when => $"Noted: the next meeting is {when}.",
        RhythmSaved: rhythm => $"Noted: the team meets {rhythm}.",
        NextMeetingUnreadable: "I can't read that date. Try for example 'next meeting June 21 13:30' or 'next meeting every 4 weeks on Wednesday 13:30'.",
        NextMeetingPast: "That date has passed. Give a date in the future.",
        ItemNotFound: "I can't find this action item (any more).",
        NotAMember: "Only members of the team can change this action item.",
        MembersOnly: "Only members of this team can see or change that.",
        ActionNotUnderstood: "I don't understand this button. Ask for the card again, for example with 'my actions'.",
        OwnerNotLinkable: "This owner is already linked or no longer exists.",
        MemberNotInTeam: "That person is not a member of the team.",
        SettingsRefused: "I can't save these settings.",
        StorageBusy: Apology.StorageBusy(dutch: false));

    public static CommandTexts For(CardLanguage language) => language == CardLanguage.En ? En : Nl;
}
