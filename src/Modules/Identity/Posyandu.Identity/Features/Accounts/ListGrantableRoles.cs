namespace Posyandu.Identity.Features.Accounts;

/// <summary>
/// The roles the caller may give an account (admin: every role; DPMD: every role but admin, which it never grants —
/// <see cref="AccountRules"/>), in <see cref="Roles.All"/>'s order: the account page's role lists read them here, so a
/// role added to SharedKernel reaches the page without a second list to keep.
/// </summary>
public sealed record ListGrantableRoles : IQuery<IReadOnlyList<string>>
{
    internal sealed class Handler(ICurrentUser caller) : IRequestHandler<ListGrantableRoles, IReadOnlyList<string>>
    {
        public Task<IReadOnlyList<string>> Handle(ListGrantableRoles request, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>(AccountRules.IsAdmin(caller) ? Roles.All : [.. Roles.All.Where(r => r != Roles.Admin)]);
    }
}

internal static class ListGrantableRolesEndpoint
{
    public static void MapListGrantableRoles(this IEndpointRouteBuilder group) =>
        group.MapGet("/roles", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListGrantableRoles(), ct)))
            .WithName("ListGrantableRoles")
            .WithSummary("The roles the caller may give an account (admin: all; DPMD: all but admin).")
            .RequireRoles(Roles.Dpmd);
}
