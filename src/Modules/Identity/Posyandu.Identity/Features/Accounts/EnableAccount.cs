namespace Posyandu.Identity.Features.Accounts;

/// <summary>Enables a disabled account again (it signs in with its current password).</summary>
public sealed record EnableAccount(string Id) : ICommand<AccountDto>
{
    internal sealed class Handler(IdentityDbContext db, UserManager<Account> users, ICurrentUser caller, TimeProvider time)
        : IRequestHandler<EnableAccount, AccountDto>
    {
        public async Task<AccountDto> Handle(EnableAccount request, CancellationToken cancellationToken)
        {
            var account = await AccountRules.FindManageableAsync(db, caller, request.Id, cancellationToken);
            account.Enable();
            (await users.UpdateAsync(account)).ThrowIfFailed();
            return AccountDto.From(account, time.GetUtcNow());
        }
    }
}

internal static class EnableAccountEndpoint
{
    public static void MapEnableAccount(this IEndpointRouteBuilder group) =>
        group.MapPost("/accounts/{id}/enable",
                async (string id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new EnableAccount(id), ct)))
            .WithName("EnableAccount")
            .WithSummary("Enable a disabled account.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.Dpmd);
}
