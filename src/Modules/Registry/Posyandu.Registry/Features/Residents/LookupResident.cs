using Posyandu.SharedKernel.Privacy;

namespace Posyandu.Registry.Features.Residents;

/// <summary>
/// One resident by NIK. A POST with the NIK in the body, not a GET: URLs end up in access logs, proxies and
/// browser history, and a NIK must not. Every look-up is audited, found or not — the resident's id when found, a keyed
/// hash of the NIK when not (<see cref="LookupHash"/>; never the NIK) — and rate-limited per user
/// (<see cref="PersonLookupLimits"/>), so the endpoint cannot be used to confirm guessed numbers in bulk.
/// </summary>
public sealed record LookupResident(string? Nik) : IQuery<ResidentDto>
{
    internal sealed class Validator : AbstractValidator<LookupResident>
    {
        public Validator() => RuleFor(l => l.Nik).NotEmpty().MustBeNik();
    }

    internal sealed class Handler(RegistryDbContext db, LookupHash hash, ICurrentUser user, TimeProvider time) : IRequestHandler<LookupResident, ResidentDto>
    {
        public async Task<ResidentDto> Handle(LookupResident request, CancellationToken cancellationToken)
        {
            var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Nik == request.Nik, cancellationToken);
            if (resident is null)
            {
                await db.RecordLookupAsync("Resident", hash.Of(request.Nik!), null, cancellationToken);
                throw new NotFoundException("Resident");
            }

            await db.RecordLookupAsync("Resident", resident.Id.ToString(), resident.RegionCode, cancellationToken);
            return ResidentDto.From(resident, user.PersonalFields(), time.Today());
        }
    }
}

internal static class LookupResidentEndpoint
{
    public static void MapLookupResident(this IEndpointRouteBuilder residents) =>
        residents.MapPost("/lookup", async (LookupResident query, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var resident = await mediator.Send(query, ct);
                response.Headers.ETag = ETags.For(resident.Version);
                return TypedResults.Ok(resident);
            })
            .WithName("LookupResident")
            .WithSummary("Find a resident by NIK (in the body, never in the URL; audited found or not, rate-limited per user).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRoles(RegistryRules.Readers)
            .RequireRateLimiting(PersonLookupLimits.Policy);
}
