namespace Posyandu.Education.Features.Library;

/// <summary>Adds a line to a Posyandu's library and learning-aid inventory (books, APE, digital devices).</summary>
public sealed record AddLearningResource(
    Guid PosyanduId, LearningResourceKind? Kind, string? Name, int Quantity, LearningResourceCondition? Condition, DateOnly RecordedOn)
    : ICommand<LearningResource>
{
    public sealed record Body(LearningResourceKind? Kind, string? Name, int Quantity, LearningResourceCondition? Condition, DateOnly? RecordedOn);

    internal sealed class Validator : AbstractValidator<AddLearningResource>
    {
        public Validator()
        {
            RuleFor(v => v.Kind).NotNull().WithMessage("kind is one of: book, educationalToy, digitalDevice, other.");
            RuleFor(v => v.Name).NotEmpty().MaximumLength(200);
            RuleFor(v => v.Quantity).InclusiveBetween(1, 100_000);
        }
    }

    internal sealed class Handler(EducationDbContext db) : IRequestHandler<AddLearningResource, LearningResource>
    {
        public async Task<LearningResource> Handle(AddLearningResource request, CancellationToken cancellationToken)
        {
            var site = await db.ActivePosyanduAsync(request.PosyanduId, cancellationToken);
            var resource = new LearningResource
            {
                Id = Guid.CreateVersion7(), PosyanduId = site.PosyanduId, RegionCode = site.RegionCode, Kind = request.Kind!.Value,
                Name = request.Name!.Trim(), Quantity = request.Quantity, Condition = request.Condition ?? LearningResourceCondition.Good,
                RecordedOn = request.RecordedOn,
            };
            db.LearningResources.Add(resource);
            return resource;
        }
    }
}

internal static class AddLearningResourceEndpoint
{
    public static void MapAddLearningResource(this IEndpointRouteBuilder group) =>
        group.MapPost("/library/{posyanduId:guid}/resources",
                async (Guid posyanduId, AddLearningResource.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                {
                    var resource = await mediator.Send(new AddLearningResource(
                        posyanduId, body.Kind, body.Name, body.Quantity, body.Condition, body.RecordedOn ?? time.Today()), ct);
                    return TypedResults.Created($"/api/education/library/{posyanduId}", LearningResourceDto.From(resource));
                })
            .WithName("AddLearningResource")
            .WithSummary("Add books, educational toys (APE) or devices to a Posyandu's village-library inventory.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Education);
}
