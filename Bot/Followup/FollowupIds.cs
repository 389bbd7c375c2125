using System.Security.Cryptography;
using System.Text;

namespace TeamsBot.Followup;

/// <summary>
/// Ids of meetings and items: 128 bits in lower-case base32 (26 characters of a-z and 2-7), safe in any path.
/// Item ids are random. A meeting's id is derived from tenant, team and the hash of its first file, so that two
/// simultaneous uploads of the same file race for one id and one of them finds the other's meeting; guessing it needs
/// the very bytes of the minutes.
/// </summary>
internal static class FollowupIds
{
    private const int Length = 26;
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string NewId() => Base32(RandomNumberGenerator.GetBytes(16));

    public static string MeetingId(string tenantId, string teamId, string contentHash) =>
        Base32(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', "meeting", tenantId, teamId, contentHash))).AsSpan(0, 16));

    public static string ContentHash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>True only for an id this class could have made: anything else ("../x", "%2F", a long string) is nobody's id.</summary>
    public static bool IsValid(string? id) => id is { Length: Length } && id.All(c => c is (>= 'a' and <= 'z') or (>= '2' and <= '7'));

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(Length);
        var buffer = 0;
        var bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            text.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return text.ToString();
    }
}
