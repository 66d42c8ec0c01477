namespace Posyandu.Registry.Features.Residents;

/// <summary>
/// Erases a resident's personal data (UU 27/2022 art. 8 and 43: the right to erasure; the province is the controller).
/// The name becomes <see cref="ResidentErased.ErasedName"/>, the NIK and the mother's NIK are removed — here, in the
/// stored events (<see cref="ResidentHistory"/>), in every module's replica (through <see cref="ResidentErased"/>) and in
/// the remembered idempotent responses. Sex, birth date, household and the sector records stay, keyed by an id that
/// no longer leads to a person: the aggregates stay correct. Only admin runs it: erasure cannot be undone and reaches
/// every sector's data, so it is not a coordinator's everyday tool; the province (the controller) decides on a
/// person's request received through DPMD, and the province's administrator carries it out (audited as an update).
/// </summary>
public sealed record EraseResident(Guid Id) : ICommand<Resident>
{
    internal sealed class Handler(RegistryDbContext db, IdempotencyStore idempotency) : IRequestHandler<EraseResident, Resident>
    {
        public async Task<Resident> Handle(EraseResident request, CancellationToken cancellationToken)
        {
            var resident = await db.Residents.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Resident");
            if (resident.Nik is null && resident.NikIbu is null && resident.Name == ResidentErased.ErasedName)
            {
                throw new ConflictException("This resident's personal data is already erased.");
            }

            string[] traces = [resident.Id.ToString(), .. new[] { resident.Nik, resident.NikIbu }.OfType<string>()];
            (resident.Nik, resident.NikIbu, resident.Name, resident.SearchName) = (null, null, ResidentErased.ErasedName, "");
            await ResidentHistory.RewriteNameAsync(db, resident.Id, ResidentErased.ErasedName, cancellationToken);
            await ResidentHistory.ClearIdentityAsync(db, resident.Id, cancellationToken);
            db.Publish(new ResidentErased(resident.Id, resident.PosyanduId, resident.RegionCode));
            // Another database: done before the commit, so at worst a retry of a forgotten key answers 409 for a person
            // whose erasure then failed — never the other way round.
            await idempotency.ForgetAsync(traces, cancellationToken);
            return resident;
        }
    }
}

internal static class EraseResidentEndpoint
{
    public static void MapEraseResident(this IEndpointRouteBuilder residents) =>
        residents.MapDelete("/{id:guid}/personal-data", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new EraseResident(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("EraseResident")
            .WithSummary("Erase a resident's name and NIK everywhere (admin); sex, birth date and sector records stay for the aggregates.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRoles(Roles.Admin);
}
