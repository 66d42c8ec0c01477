namespace Posyandu.GeneralEducation.Features.Bkb;

/// <summary>
/// Admits a parent of an under-five to a BKB group, with the child: both registered at the group's Posyandu, the child
/// of the group's age band on the day (422), the parent once (409).
/// </summary>
public sealed record AdmitBkbMember(Guid GroupId, AdmitBkbMember.Body Member, DateOnly Today) : ICommand<BkbGroup>
{
    public sealed record Body(Guid ResidentId, Guid ChildResidentId, DateOnly? JoinedOn);

    internal sealed class Validator : AbstractValidator<AdmitBkbMember>
    {
        public Validator()
        {
            RuleFor(v => v.Member.ResidentId).NotEmpty().OverridePropertyName("residentId");
            RuleFor(v => v.Member.ChildResidentId).NotEmpty().OverridePropertyName("childResidentId");
            RuleFor(v => v.Member.ChildResidentId).NotEqual(v => v.Member.ResidentId).OverridePropertyName("childResidentId")
                .WithMessage("the child is not the parent.");
            RuleFor(v => v.Member.JoinedOn).MustBeRecordDate().OverridePropertyName("joinedOn");
            RuleFor(v => v.Member.JoinedOn).Must((v, day) => day is null || day <= v.Today).OverridePropertyName("joinedOn").WithMessage("joinedOn cannot be in the future.");
        }
    }

    internal sealed class Handler(GeneralEducationDbContext db) : IRequestHandler<AdmitBkbMember, BkbGroup>
    {
        public async Task<BkbGroup> Handle(AdmitBkbMember request, CancellationToken cancellationToken)
        {
            var group = await db.BkbGroups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == request.GroupId, cancellationToken)
                        ?? throw new NotFoundException("BKB group");
            var parent = await db.Residents.SingleOrDefaultAsync(r => r.ResidentId == request.Member.ResidentId && r.PosyanduId == group.PosyanduId, cancellationToken)
                         ?? throw new NotFoundException("Resident");
            var child = await db.Residents.SingleOrDefaultAsync(r => r.ResidentId == request.Member.ChildResidentId && r.PosyanduId == group.PosyanduId, cancellationToken)
                        ?? throw new NotFoundException("Child");
            if (!parent.Alive || !child.Alive)
            {
                throw new BusinessRuleException("The parent and the child are living residents.");
            }

            var on = request.Member.JoinedOn ?? request.Today;
            group.Admit(parent.ResidentId, child.ResidentId, child.AgeMonthsOn(on), on);
            return group;
        }
    }
}

internal static class AdmitBkbMemberEndpoint
{
    public static void MapAdmitBkbMember(this IEndpointRouteBuilder group) =>
        group.MapPost("/bkb-groups/{id:guid}/members",
                async (Guid id, AdmitBkbMember.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                {
                    var bkb = await mediator.Send(new AdmitBkbMember(id, body, time.Today()), ct);
                    return TypedResults.Created($"/api/generaleducation/bkb-groups/{bkb.Id}", BkbGroupDto.From(bkb, []));
                })
            .WithName("AdmitGeneralEducationBkbMember")
            .WithSummary("Admit a parent of an under-five (with the child, of the group's age band) to a BKB group.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.GeneralEducation);
}
