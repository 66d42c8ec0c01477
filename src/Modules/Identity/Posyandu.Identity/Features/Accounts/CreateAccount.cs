using Posyandu.Identity.SignIn;

namespace Posyandu.Identity.Features.Accounts;

/// <summary>
/// Creates an account with one role and its scope. Without a password, a one-time password is generated and returned
/// once (the administrator hands it over); with one, it must meet the policy. A DPMD coordinator creates accounts only
/// inside its region and never an administrator (403).
/// </summary>
public sealed record CreateAccount(
    string UserName, string DisplayName, string Role, string? RegionCode, Guid? PosyanduId, IReadOnlyList<string>? Sectors, string? Password)
    : ICommand<CreatedAccount>, IScopeFields
{
    internal sealed class Validator : AbstractValidator<CreateAccount>
    {
        public Validator()
        {
            RuleFor(v => v.UserName).NotEmpty().Length(3, 64).Matches("^[a-z0-9][a-z0-9._-]*$")
                .WithMessage("userName is 3 to 64 lower-case letters, digits, dots, dashes or underscores.");
            RuleFor(v => v.DisplayName).NotEmpty().MaximumLength(150);
            RuleFor(v => v.Password).MaximumLength(128);
            this.ScopeRules();
        }
    }

    internal sealed class Handler(IdentityDbContext db, UserManager<Account> users, ICurrentUser caller, TimeProvider time)
        : IRequestHandler<CreateAccount, CreatedAccount>
    {
        public async Task<CreatedAccount> Handle(CreateAccount request, CancellationToken cancellationToken)
        {
            var scope = await AccountRules.ResolveAsync(db, caller, request, cancellationToken);
            var oneTime = request.Password is null ? Passwords.NewOneTime() : null;
            var account = Account.Create(request.UserName, request.DisplayName.Trim(), scope, time.UtcNow());
            (await users.CreateAsync(account, request.Password ?? oneTime!)).ThrowIfFailed();
            return new CreatedAccount(AccountDto.From(account, time.GetUtcNow()), oneTime);
        }
    }
}

/// <summary>The new account, and its one-time password when the server chose it (shown once, never stored in clear).</summary>
public sealed record CreatedAccount(AccountDto Account, string? OneTimePassword);

internal static class CreateAccountEndpoint
{
    public static void MapCreateAccount(this IEndpointRouteBuilder group) =>
        group.MapPost("/accounts", async (CreateAccount request, IMediator mediator, CancellationToken ct) =>
                {
                    var created = await mediator.Send(request, ct);
                    return TypedResults.Created($"/api/{IdentityModule.ModuleName}/accounts/{created.Account.Id}", created);
                })
            .WithName("CreateAccount")
            .WithSummary("Create an account with a role, a region and (kader) a Posyandu and sectors.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRoles(Roles.Dpmd);
}
