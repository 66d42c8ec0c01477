using OpenIddict.Abstractions;

namespace Posyandu.Identity.Features.Accounts;

/// <summary>
/// Disables an account: it can no longer sign in, its refresh tokens are revoked and its stamp changes (a refresh
/// already in a client's hands is refused, a browser session ends). Its records and audit lines stay. Not oneself.
/// </summary>
public sealed record DisableAccount(string Id) : ICommand<AccountDto>
{
    internal sealed class Handler(IdentityDbContext db, UserManager<Account> users, ICurrentUser caller, TimeProvider time, IOpenIddictTokenManager tokens)
        : IRequestHandler<DisableAccount, AccountDto>
    {
        public async Task<AccountDto> Handle(DisableAccount request, CancellationToken cancellationToken)
        {
            var account = await AccountRules.FindManageableAsync(db, caller, request.Id, cancellationToken);
            if (account.Id == caller.Id)
            {
                throw new BusinessRuleException("You cannot disable your own account.");
            }

            account.Disable();
            (await users.UpdateSecurityStampAsync(account)).ThrowIfFailed();
            await tokens.RevokeBySubjectAsync(account.Id, cancellationToken);
            return AccountDto.From(account, time.GetUtcNow());
        }
    }
}

internal static class DisableAccountEndpoint
{
    public static void MapDisableAccount(this IEndpointRouteBuilder group) =>
        group.MapPost("/accounts/{id}/disable",
                async (string id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new DisableAccount(id), ct)))
            .WithName("DisableAccount")
            .WithSummary("Disable an account: no sign-in, no token refresh.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireRoles(Roles.Dpmd);
}
