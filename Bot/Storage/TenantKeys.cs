using System.Security.Cryptography;
using System.Text;

namespace TeamsBot.Storage;

/// <summary>
/// Turns identifiers that come from outside (tenant, team, user ids, claim names) into key segments: a 128-bit hash,
/// so that no such string ever becomes a path segment, and every tenant's documents sit under their own prefix.
/// </summary>
public static class TenantKeys
{
    public static StorageKey Tenant(string tenantId)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        return StorageKey.Of("tenants", Hash("tenant", tenantId));
    }

    public static string Hash(params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }
}
