using Posyandu.SharedKernel.Privacy;
namespace Posyandu.Registry.Features.Residents;

/// <summary>
/// Records a resident's death: once, not before birth, not in the future. The record stays (sector histories and
/// past reports point at it); searches leave the dead out unless asked, and the resident can no longer be moved.
/// </summary>
public sealed record RecordDeath(Guid Id, DateOnly DateOfDeath) : ICommand<Resident>
{
    /// <summary>The request body.</summary>
    public sealed record Body(DateOnly DateOfDeath);

    internal sealed class Validator : AbstractValidator<RecordDeath>
    {
        public Validator(TimeProvider time) => RuleFor(d => d.DateOfDeath).Must(d => d <= time.Today())
            .WithMessage("dateOfDeath cannot be in the future.");
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<RecordDeath, Resident>
    {
        public async Task<Resident> Handle(RecordDeath request, CancellationToken cancellationToken)
        {
            var resident = await db.Residents.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Resident");
            if (resident.DateOfDeath is not null)
            {
                throw new ConflictException("The death of this resident is already recorded.");
            }

            if (request.DateOfDeath < resident.BirthDate)
            {
                throw RequestValidationException.For("dateOfDeath", "dateOfDeath cannot be before the birth date.");
            }

            resident.DateOfDeath = request.DateOfDeath;
            db.Publish(new ResidentDied(resident.Id, request.DateOfDeath, resident.PosyanduId, resident.RegionCode));
            return resident;
        }
    }
}

internal static class RecordDeathEndpoint
{
    public static void MapRecordDeath(this IEndpointRouteBuilder residents) =>
        residents.MapPost("/{id:guid}/death", async (Guid id, RecordDeath.Body body, HttpResponse response, IMediator mediator, ICurrentUser user, TimeProvider time, CancellationToken ct) =>
            {
                var resident = await mediator.Send(new RecordDeath(id, body.DateOfDeath), ct);
                response.SetETag(resident);
                return TypedResults.Ok(ResidentDto.From(resident, user.PersonalFields(), time.Today()));
            })
            .WithName("RecordDeath")
            .WithSummary("Record a resident's death.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRoles(Roles.Dpmd, Roles.Kader);
}
