using System.Security.Cryptography;
using OpenIddict.Abstractions;
using Posyandu.Identity.Features.Accounts;
using Posyandu.Identity.SignIn;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Posyandu.Identity.Features.Clients;

/// <summary>
/// Registers an OPD's own system as a client with client credentials (RFC 6749 §4.4): its tokens carry a role and a
/// region like an account's. The secret is generated, returned once and stored only hashed (OpenIddict). Not admin
/// nor kader (a system has no Posyandu); a DPMD coordinator only inside its region.
/// </summary>
public sealed record RegisterClient(string ClientId, string DisplayName, string Role, string RegionCode) : ICommand<RegisteredClient>, IScopeFields
{
    string? IScopeFields.RegionCode => RegionCode;

    Guid? IScopeFields.PosyanduId => null;

    IReadOnlyList<string>? IScopeFields.Sectors => null;

    internal sealed class Validator : AbstractValidator<RegisterClient>
    {
        public Validator()
        {
            RuleFor(v => v.ClientId).NotEmpty().Length(3, 64).Matches("^[a-z0-9][a-z0-9._-]*$")
                .WithMessage("clientId is 3 to 64 lower-case letters, digits, dots, dashes or underscores.");
            RuleFor(v => v.DisplayName).NotEmpty().MaximumLength(150);
            RuleFor(v => v.Role).Must(r => r is not (Roles.Admin or Roles.Kader) && Roles.All.Contains(r))
                .WithMessage("role must be a role of the platform other than admin and kader.");
            RuleFor(v => v.RegionCode).NotEmpty().MaximumLength(13).Matches(@"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")
                .WithMessage("regionCode must be a Kemendagri code (64, 64.02, 64.02.01 or 64.02.01.2001).");
        }
    }

    internal sealed class Handler(IdentityDbContext db, ICurrentUser caller, TimeProvider time, IOpenIddictApplicationManager applications)
        : IRequestHandler<RegisterClient, RegisteredClient>
    {
        public async Task<RegisteredClient> Handle(RegisterClient request, CancellationToken cancellationToken)
        {
            var scope = await AccountRules.ResolveAsync(db, caller, request, cancellationToken);
            if (await applications.FindByClientIdAsync(request.ClientId, cancellationToken) is not null)
            {
                throw new ConflictException("A client with this id exists already.");
            }

            var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var client = ApiClient.Create(request.ClientId, request.DisplayName.Trim(), scope.Role, scope.RegionCode!, time.UtcNow());
            db.ApiClients.Add(client);
            await applications.CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = request.ClientId,
                ClientSecret = secret,
                ClientType = ClientTypes.Confidential,
                DisplayName = client.DisplayName,
                Permissions =
                {
                    Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.GrantTypes.ClientCredentials,
                    Permissions.Prefixes.Scope + ServerSetup.ApiScope,
                },
            }, cancellationToken);
            return new RegisteredClient(ApiClientDto.From(client), secret);
        }
    }
}

/// <summary>A client as the API shows it (never its secret).</summary>
public sealed record ApiClientDto(string ClientId, string DisplayName, string Role, string RegionCode, bool Disabled, DateTime CreatedAt)
{
    internal static ApiClientDto From(ApiClient c) => new(c.ClientId, c.DisplayName, c.Role, c.RegionCode, c.Disabled, c.CreatedAt);
}

/// <summary>The new client and its secret, shown once.</summary>
public sealed record RegisteredClient(ApiClientDto Client, string ClientSecret);

internal static class RegisterClientEndpoint
{
    public static void MapRegisterClient(this IEndpointRouteBuilder group) =>
        group.MapPost("/clients", async (RegisterClient request, IMediator mediator, CancellationToken ct) =>
                {
                    var created = await mediator.Send(request, ct);
                    return TypedResults.Created($"/api/{IdentityModule.ModuleName}/clients/{created.Client.ClientId}", created);
                })
            .WithName("RegisterClient")
            .WithSummary("Register an OPD system as a client-credentials client with a role and a region; returns its secret once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRoles(Roles.Dpmd);
}
