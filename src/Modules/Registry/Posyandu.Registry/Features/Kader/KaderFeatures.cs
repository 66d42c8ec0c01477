using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Posyandu.Registry.Contracts;
using Posyandu.Registry.Persistence;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Mediation;
using Posyandu.SharedKernel.Security;
using KaderEntity = Posyandu.Registry.Domain.Kader;
using KaderTraining = Posyandu.Registry.Domain.KaderTraining;

namespace Posyandu.Registry.Features.Kader;

public sealed record TrainingDto(string Topic, string Organiser, DateOnly Date);

/// <summary>A kader as the API shows them (the NIK is not shown back).</summary>
public sealed record KaderDto(Guid Id, string Name, string? Phone, Guid PosyanduId, IReadOnlyList<string> Sectors, bool Active, IReadOnlyList<TrainingDto> Trainings)
{
    internal static KaderDto From(KaderEntity k) => new(
        k.Id, k.Name, k.Phone, k.PosyanduId, k.Sectors.Split(',', StringSplitOptions.RemoveEmptyEntries), k.Active,
        k.Trainings.OrderBy(t => t.Date).Select(t => new TrainingDto(t.Topic, t.Organiser, t.Date)).ToList());
}

/// <summary>Registers a kader at a Posyandu for the sectors they serve. One NIK, one kader.</summary>
public sealed record RegisterKader(string? Nik, string? Name, string? Phone, Guid PosyanduId, IReadOnlyList<string>? Sectors) : ICommand<KaderDto>
{
    internal sealed class Validator : AbstractValidator<RegisterKader>
    {
        public Validator()
        {
            RuleFor(k => k.Nik).NotEmpty().MustBeNik();
            RuleFor(k => k.Name).NotEmpty().MaximumLength(150);
            RuleFor(k => k.Phone).Matches(@"^\+?[0-9 -]{6,20}$").When(k => k.Phone is not null);
            RuleFor(k => k.PosyanduId).NotEmpty();
            RuleFor(k => k.Sectors).NotEmpty().WithMessage("A kader serves at least one sector.")
                .Must(s => s!.All(RegistryRules.Sectors.Contains)).When(k => k.Sectors is not null)
                .WithMessage($"sectors are among: {string.Join(", ", RegistryRules.Sectors)}.");
        }
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<RegisterKader, KaderDto>
    {
        public async Task<KaderDto> Handle(RegisterKader request, CancellationToken cancellationToken)
        {
            var posyandu = await RegistryRules.FindPosyanduAsync(db, request.PosyanduId, cancellationToken);
            var existing = await db.Kader.IgnoreQueryFilters().Where(k => k.Nik == request.Nik).Select(k => (Guid?)k.Id).FirstOrDefaultAsync(cancellationToken);
            if (existing is { } id)
            {
                throw RegistryRules.Duplicate("kader", id);
            }

            var kader = new KaderEntity
            {
                Id = Guid.CreateVersion7(), Nik = request.Nik!, Name = request.Name!.Trim(), Phone = request.Phone,
                PosyanduId = posyandu.Id, RegionCode = posyandu.RegionCode, Sectors = string.Join(',', request.Sectors!.Distinct()),
            };
            db.Kader.Add(kader);
            db.Publish(new KaderRegistered(kader.Id, kader.PosyanduId, kader.RegionCode, request.Sectors!.Distinct().ToList(), kader.Active));
            return KaderDto.From(kader);
        }
    }
}

/// <summary>Records a training a kader attended (topic, organising OPD, date).</summary>
public sealed record AddKaderTraining(Guid KaderId, string? Topic, string? Organiser, DateOnly Date) : ICommand<KaderDto>
{
    internal sealed class Validator : AbstractValidator<AddKaderTraining>
    {
        public Validator()
        {
            RuleFor(t => t.Topic).NotEmpty().MaximumLength(200);
            RuleFor(t => t.Organiser).Must(o => o == Roles.Dpmd || RegistryRules.Sectors.Contains(o!))
                .WithMessage($"organiser is dpmd or a sector OPD: {string.Join(", ", RegistryRules.Sectors)}.");
            RuleFor(t => t.Date).Must(d => d <= DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1))).WithMessage("date cannot be in the future.");
        }
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<AddKaderTraining, KaderDto>
    {
        public async Task<KaderDto> Handle(AddKaderTraining request, CancellationToken cancellationToken)
        {
            var kader = await db.Kader.SingleOrDefaultAsync(k => k.Id == request.KaderId, cancellationToken) ?? throw new NotFoundException("Kader");
            kader.Trainings.Add(new KaderTraining { Topic = request.Topic!.Trim(), Organiser = request.Organiser!, Date = request.Date });
            return KaderDto.From(kader);
        }
    }
}

/// <summary>The kader of one Posyandu (or all the caller may see).</summary>
public sealed record ListKader(Guid? PosyanduId) : IQuery<IReadOnlyList<KaderDto>>
{
    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<ListKader, IReadOnlyList<KaderDto>>
    {
        public async Task<IReadOnlyList<KaderDto>> Handle(ListKader request, CancellationToken cancellationToken)
        {
            var query = db.Kader.AsNoTracking();
            if (request.PosyanduId is { } posyandu)
            {
                query = query.Where(k => k.PosyanduId == posyandu);
            }

            return (await query.OrderBy(k => k.Name).Take(2000).ToListAsync(cancellationToken)).Select(KaderDto.From).ToList();
        }
    }
}

internal static class KaderEndpoints
{
    public static void MapKader(this IEndpointRouteBuilder group)
    {
        var kader = group.MapGroup("/kader");
        kader.MapPost("/", async (RegisterKader command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/registry/kader/{created.Id}", created);
            })
            .WithName("RegisterKader")
            .WithSummary("Register a kader at a Posyandu for the sectors they serve (one NIK, one kader).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRoles(Roles.Dpmd);

        kader.MapPost("/{id:guid}/trainings", async (Guid id, TrainingDto training, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AddKaderTraining(id, training.Topic, training.Organiser, training.Date), ct)))
            .WithName("AddKaderTraining")
            .WithSummary("Record a training the kader attended.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.Dpmd);

        kader.MapGet("/", async (Guid? posyanduId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListKader(posyanduId), ct)))
            .WithName("ListKader")
            .WithSummary("The kader of a Posyandu, by name.")
            .RequireRoles(RegistryRules.Readers);
    }
}
