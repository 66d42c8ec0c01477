using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Posyandu.SharedKernel.Security;

namespace Posyandu.SharedKernel.Imports;

/// <summary>
/// The uploader as the background job acts: their subject, roles, region, Posyandu and sectors are saved with the job,
/// and the job runs with them as the current user, so the module's scope filters, save guard and audit trail treat an
/// imported row as that person's write — a kader's import stays inside the kader's Posyandu.
/// </summary>
internal static class ImportIdentity
{
    private const string Subject = "sub";
    private const string Role = "role";

    public static string Capture(ClaimsPrincipal user, ICurrentUser current)
    {
        var claims = new List<KeyValuePair<string, string>> { new(Subject, current.Id) };
        claims.AddRange(current.Roles.Select(r => new KeyValuePair<string, string>(Role, r)));
        foreach (var type in new[] { PosyanduClaims.Region, PosyanduClaims.Posyandu, PosyanduClaims.Sector })
        {
            claims.AddRange(user.FindAll(type).Select(c => new KeyValuePair<string, string>(type, c.Value)));
        }

        return JsonSerializer.Serialize(claims);
    }

    public static ClaimsPrincipal Restore(string json)
    {
        var claims = JsonSerializer.Deserialize<List<KeyValuePair<string, string>>>(json) ?? [];
        return new ClaimsPrincipal(new ClaimsIdentity(claims.Select(c => new Claim(c.Key, c.Value)), "import", "name", Role));
    }

    /// <summary>Makes the uploader the current user of this async flow (scopes created in it see them); dispose to end.</summary>
    public static IDisposable ActAs(IHttpContextAccessor accessor, string claimsJson)
    {
        accessor.HttpContext = new DefaultHttpContext { User = Restore(claimsJson) };
        return new Reset(accessor);
    }

    private sealed class Reset(IHttpContextAccessor accessor) : IDisposable
    {
        public void Dispose() => accessor.HttpContext = null;
    }
}
