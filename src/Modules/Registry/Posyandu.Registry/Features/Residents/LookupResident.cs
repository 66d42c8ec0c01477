namespace Posyandu.Registry.Features.Residents;

/// <summary>
/// One resident by NIK. A POST with the NIK in the body, not a GET: URLs end up in access logs, proxies and
/// browser history, and a NIK must not. The read is audited like <see cref="GetResident"/>.
/// </summary>
public sealed record LookupResident(string? Nik) : IQuery<ResidentDto>
{
    internal sealed class Validator : AbstractValidator<LookupResident>
    {
        public Validator() => RuleFor(l => l.Nik).NotEmpty().MustBeNik();
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<LookupResident, ResidentDto>
    {
        public async Task<ResidentDto> Handle(LookupResident request, CancellationToken cancellationToken)
        {
            var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Nik == request.Nik, cancellationToken)
                           ?? throw new NotFoundException("Resident");
            await db.RecordReadAsync("Resident", resident.Id.ToString(), resident.RegionCode, cancellationToken);
            return ResidentDto.From(resident);
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
            .WithSummary("Find a resident by NIK (in the body, never in the URL; the read is audited).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(RegistryRules.Readers);
}
