using OpenIddict.Abstractions;
using Posyandu.Identity.SignIn;

namespace Posyandu.Identity.Features.Accounts;

/// <summary>
/// Resets an account's password to a generated one-time password, returned once ("lupa kata sandi" on the sign-in page
/// sends people to their administrator), and lifts a lockout. The stamp changes: existing sessions and refresh tokens end.
/// </summary>
public sealed record ResetPassword(string Id) : ICommand<PasswordReset>
{
    internal sealed class Handler(IdentityDbContext db, UserManager<Account> users, ICurrentUser caller, IOpenIddictTokenManager tokens)
        : IRequestHandler<ResetPassword, PasswordReset>
    {
        public async Task<PasswordReset> Handle(ResetPassword request, CancellationToken cancellationToken)
        {
            var account = await AccountRules.FindManageableAsync(db, caller, request.Id, cancellationToken);
            var password = Passwords.NewOneTime();
            (await users.RemovePasswordAsync(account)).ThrowIfFailed();
            (await users.AddPasswordAsync(account, password)).ThrowIfFailed();
            (await users.SetLockoutEndDateAsync(account, null)).ThrowIfFailed();
            (await users.ResetAccessFailedCountAsync(account)).ThrowIfFailed();
            await tokens.RevokeBySubjectAsync(account.Id, cancellationToken);
            return new PasswordReset(account.Id, password);
        }
    }
}

/// <summary>The one-time password, shown once.</summary>
public sealed record PasswordReset(string AccountId, string OneTimePassword);

internal static class ResetPasswordEndpoint
{
    public static void MapResetPassword(this IEndpointRouteBuilder group) =>
        group.MapPost("/accounts/{id}/password-reset",
                async (string id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ResetPassword(id), ct)))
            .WithName("ResetAccountPassword")
            .WithSummary("Reset an account's password to a one-time password (returned once) and lift a lockout.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.Dpmd);
}
