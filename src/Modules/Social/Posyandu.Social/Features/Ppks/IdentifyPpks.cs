using Posyandu.Social.Features.Spm;

namespace Posyandu.Social.Features.Ppks;

/// <summary>
/// Records a PPKS case: a type of the catalogue (Permensos 08/2012), for a living resident (person types) or a
/// household (household types), the day and how it was found. Starts as <c>identified</c>. Publishes
/// <see cref="PpksIdentified"/> and the subjects' SPM contributions. No route value and nothing the server supplies
/// (the validator reads the clock), so the body binds as it is.
/// </summary>
public sealed record IdentifyPpks(string? Type, Guid? ResidentId, Guid? HouseholdId, DateOnly IdentifiedOn, PpksSource? Source, string? Note)
    : ICommand<PpksCaseDto>
{
    internal sealed class Validator : AbstractValidator<IdentifyPpks>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Type).Must(t => SocialCatalogue.Current.Type(t) is not null).WithMessage(SocialCatalogue.Current.OneOfTypes("type"));
            RuleFor(v => v.IdentifiedOn).RecordDay("identifiedOn", time);
            RuleFor(v => v.Source).NotNull().WithMessage(ApiNames.OneOf<PpksSource>("source"));
            RuleFor(v => v.Note).MaximumLength(1000);
            RuleFor(v => v).Must(v => v.ResidentId is null != v.HouseholdId is null)
                .WithMessage("Give either residentId (a person's case) or householdId (a household's case).").OverridePropertyName("residentId");
            RuleFor(v => v.ResidentId).NotNull().When(v => SocialCatalogue.Current.Type(v.Type) is { ForHousehold: false })
                .WithMessage("This PPKS type is recorded for a person: give residentId.");
            RuleFor(v => v.HouseholdId).NotNull().When(v => SocialCatalogue.Current.Type(v.Type) is { ForHousehold: true })
                .WithMessage("This PPKS type is recorded for a household: give householdId.");
        }
    }

    internal sealed class Handler(SocialDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<IdentifyPpks, PpksCaseDto>
    {
        public async Task<PpksCaseDto> Handle(IdentifyPpks request, CancellationToken cancellationToken)
        {
            SocialResident? resident = null;
            SocialHousehold household;
            if (request.ResidentId is { } residentId)
            {
                resident = await db.LivingResidentAsync(residentId, cancellationToken);
                household = await db.HouseholdAsync(resident.HouseholdId, cancellationToken);
            }
            else
            {
                household = await db.HouseholdAsync(request.HouseholdId!.Value, cancellationToken);
            }

            var open = await db.PpksCases.AsNoTracking().AnyAsync(c => c.Type == request.Type && c.Status != PpksStatus.Closed
                && (resident == null ? c.ResidentId == null && c.HouseholdId == household.HouseholdId : c.ResidentId == resident.ResidentId), cancellationToken);
            if (open)
            {
                throw new ConflictException("An open case of this type exists already for this person or household; move it on or close it first.");
            }

            var ppks = new PpksCase
            {
                Id = Guid.CreateVersion7(), Type = request.Type!, ResidentId = resident?.ResidentId, HouseholdId = household.HouseholdId,
                PosyanduId = household.PosyanduId, RegionCode = household.RegionCode, IdentifiedOn = request.IdentifiedOn, Source = request.Source!.Value,
                Note = request.Note.Clean(), RecordedBy = user.Id, RecordedAt = time.GetUtcNow().UtcDateTime,
            };
            db.PpksCases.Add(ppks);
            db.Publish(new PpksIdentified(
                ppks.Id, ppks.ResidentId, ppks.HouseholdId, ppks.PosyanduId, ppks.RegionCode, ppks.Type, ppks.IdentifiedOn, ppks.Source.ToApi(),
                Period.Of(ppks.IdentifiedOn).ToString()));
            await db.ReportCaseAsync(ppks, cancellationToken);
            return PpksCaseDto.From(ppks, resident?.Name, []);
        }
    }
}

internal static class IdentifyPpksEndpoint
{
    public static void MapIdentifyPpks(this IEndpointRouteBuilder group) =>
        group.MapPost("/ppks", async (IdentifyPpks command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/social/ppks/{created.Id}", created);
            })
            .WithName("IdentifyPpks")
            .WithSummary("Record a PPKS case (a type of Permensos 08/2012) for a resident or a household, with the day and source (kaderVisit, villageMeeting, referral).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireSectorWriters(Roles.Social);
}
