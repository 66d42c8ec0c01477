namespace Posyandu.GeneralEducation.Features.Bkb;

/// <summary>Forms a Bina Keluarga Balita group at a Posyandu for one age band of the children (BKKBN).</summary>
public sealed record FormBkbGroup(Guid PosyanduId, FormBkbGroup.Body Group, DateOnly Today) : ICommand<BkbGroup>
{
    public sealed record Body(string? Name, BkbAgeBand? AgeBand, DateOnly? FormedOn);

    internal sealed class Validator : AbstractValidator<FormBkbGroup>
    {
        public Validator()
        {
            RuleFor(v => v.Group.Name).NotEmpty().MaximumLength(150).OverridePropertyName("name");
            RuleFor(v => v.Group.AgeBand).NotNull().OverridePropertyName("ageBand").WithMessage(ApiNames.OneOf<BkbAgeBand>("ageBand"));
            RuleFor(v => v.Group.FormedOn).MustBeRecordDate().OverridePropertyName("formedOn");
            RuleFor(v => v.Group.FormedOn).Must((v, day) => day is null || day <= v.Today).OverridePropertyName("formedOn").WithMessage("formedOn cannot be in the future.");
        }
    }

    internal sealed class Handler(GeneralEducationDbContext db) : IRequestHandler<FormBkbGroup, BkbGroup>
    {
        public async Task<BkbGroup> Handle(FormBkbGroup request, CancellationToken cancellationToken)
        {
            var site = await db.ActivePosyanduAsync(request.PosyanduId, cancellationToken);
            var group = BkbGroup.Form(site.PosyanduId, site.RegionCode, request.Group.Name!.Trim(), request.Group.AgeBand!.Value, request.Group.FormedOn ?? request.Today);
            db.BkbGroups.Add(group);
            return group;
        }
    }
}

internal static class FormBkbGroupEndpoint
{
    public static void MapFormBkbGroup(this IEndpointRouteBuilder group) =>
        group.MapPost("/posyandu/{posyanduId:guid}/bkb-groups",
                async (Guid posyanduId, FormBkbGroup.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                {
                    var created = await mediator.Send(new FormBkbGroup(posyanduId, body, time.Today()), ct);
                    return TypedResults.Created($"/api/generaleducation/bkb-groups/{created.Id}", BkbGroupDto.From(created, []));
                })
            .WithName("FormGeneralEducationBkbGroup")
            .WithSummary("Form a Bina Keluarga Balita (BKB) group at a Posyandu for one age band of the children.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.GeneralEducation);
}
