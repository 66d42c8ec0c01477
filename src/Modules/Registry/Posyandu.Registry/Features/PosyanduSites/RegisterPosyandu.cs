using System.Globalization;

namespace Posyandu.Registry.Features.PosyanduSites;

/// <summary>
/// Registers a Posyandu in a village. Without a registration number the next free serial of the village is
/// assigned (<c>PP.KK.CC.DDDD.NNN</c>); a given number must start with the village code and be free.
/// </summary>
public sealed record RegisterPosyandu(
    string? Name, string? RegionCode, string? RegistrationNumber, string? Address, string? Rt, string? Rw,
    double? Latitude, double? Longitude, int ServiceDay, string? Strata) : ICommand<PosyanduDto>, IPosyanduFields
{
    internal sealed class Validator : AbstractValidator<RegisterPosyandu>
    {
        public Validator()
        {
            Include(new PosyanduFieldsValidator());
            RuleFor(p => p.RegionCode).NotEmpty().MustBeVillageCode();
            RuleFor(p => p.RegistrationNumber)
                .Matches(@"^\d{2}\.\d{2}\.\d{2}\.\d{4}\.\d{3}$").WithMessage("registrationNumber is PP.KK.CC.DDDD.NNN: the village code and a 3-digit serial.")
                .Must((p, number) => number!.StartsWith(p.RegionCode + ".", StringComparison.Ordinal))
                .WithMessage("registrationNumber must start with the Posyandu's village code.")
                .Must(number => !number!.EndsWith(".000", StringComparison.Ordinal)).WithMessage("The serial starts at 001.")
                .When(p => p.RegistrationNumber is not null);
        }
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<RegisterPosyandu, PosyanduDto>
    {
        public async Task<PosyanduDto> Handle(RegisterPosyandu request, CancellationToken cancellationToken)
        {
            var village = request.RegionCode!;
            await RegistryRules.EnsureVillageExistsAsync(db, village, cancellationToken);
            var number = request.RegistrationNumber ?? await NextNumberAsync(village, cancellationToken);
            var taken = await db.Posyandu.IgnoreQueryFilters().Where(p => p.RegistrationNumber == number).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
            if (taken is { } existing)
            {
                throw RegistryRules.Duplicate("Posyandu", existing);
            }

            var posyandu = new PosyanduSite
            {
                Id = Guid.CreateVersion7(), Name = request.Name!.Trim(), RegionCode = village, RegistrationNumber = number,
                Address = request.Address, Rt = request.Rt, Rw = request.Rw, Latitude = request.Latitude, Longitude = request.Longitude,
                ServiceDay = request.ServiceDay, Strata = request.Strata,
            };
            db.Posyandu.Add(posyandu);
            db.Publish(new PosyanduRegistered(posyandu.Id, posyandu.Name, posyandu.RegionCode, posyandu.RegistrationNumber));
            return PosyanduDto.From(posyandu);
        }

        /// <summary>The village's highest serial + 1, counting Posyandu the caller may not see.</summary>
        private async Task<string> NextNumberAsync(string village, CancellationToken ct)
        {
            var numbers = await db.Posyandu.IgnoreQueryFilters().Where(p => p.RegionCode == village).Select(p => p.RegistrationNumber).ToListAsync(ct);
            var next = numbers.Select(n => int.Parse(n[^3..], CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max() + 1;
            return string.Create(CultureInfo.InvariantCulture, $"{village}.{next:D3}");
        }
    }
}

internal static class RegisterPosyanduEndpoint
{
    public static void MapRegisterPosyandu(this IEndpointRouteBuilder posyandu) =>
        posyandu.MapPost("/", async (RegisterPosyandu command, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                response.Headers.ETag = ETags.For(created.Version);
                return TypedResults.Created($"/api/registry/posyandu/{created.Id}", created);
            })
            .WithName("RegisterPosyandu")
            .WithSummary("Register a Posyandu in a village; the registration number is assigned when not given.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRoles(Roles.Dpmd);
}
