namespace Posyandu.Identity.Features.Accounts;

/// <summary>Who the caller's token says they are: what the pages show in their header.</summary>
public sealed record Me(string Id, string? Name, IReadOnlyList<string> Roles, string? Region, Guid? Posyandu, IReadOnlyList<string> Sectors);

internal static class GetMeEndpoint
{
    public static void MapGetMe(this IEndpointRouteBuilder group) =>
        group.MapGet("/me", (HttpContext context, ICurrentUser caller) =>
            {
                var user = context.User;
                return TypedResults.Ok(new Me(
                    caller.Id, user.FindFirst("name")?.Value ?? user.Identity?.Name, caller.Roles, caller.Scope.RegionPrefix, caller.Scope.PosyanduId,
                    [.. user.FindAll(PosyanduClaims.Sector).Select(c => c.Value)]));
            })
            .WithName("GetMe")
            .WithSummary("The caller as the token names them: id, name, roles, region, Posyandu and sectors.")
            .RequireAnyRole();
}
