using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Posyandu.SharedKernel.Security;

/// <summary>The caller of the current request, or the system when there is no request (jobs, outbox delivery).</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The token's subject (<c>sub</c>) or name; "system" outside a request.</summary>
    string Id { get; }

    IReadOnlyList<string> Roles { get; }

    DataScope Scope { get; }

    bool IsInRole(string role);
}

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor, IRegionCatalog? regions = null) : ICurrentUser
{
    private DataScope? _scope;

    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public bool IsAuthenticated => User?.Identity?.IsAuthenticated == true;

    public string Id => !IsAuthenticated
        ? accessor.HttpContext is null ? "system" : "anonymous"
        : User!.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? User.FindFirst("sub")?.Value ?? User.Identity!.Name ?? "unknown";

    // Each identity's own role claim type: ClaimTypes.Role for JWT bearer tokens, "role" for this host's OpenIddict tokens.
    public IReadOnlyList<string> Roles => User?.Identities.SelectMany(i => i.FindAll(i.RoleClaimType)).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList() ?? [];

    public DataScope Scope => _scope ??= accessor.HttpContext is null || !IsAuthenticated
        ? (accessor.HttpContext is null ? DataScope.Unrestricted : new DataScope { RegionPrefix = "-" })
        : DataScope.From(User!, regions);

    public bool IsInRole(string role) => User?.IsInRole(role) == true;
}
