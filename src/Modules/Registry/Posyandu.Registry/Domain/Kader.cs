using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Registry.Domain;

/// <summary>A volunteer cadre serving one Posyandu, for one or more SPM sectors.</summary>
public sealed class Kader : IPosyanduScoped
{
    public Guid Id { get; init; }

    /// <summary>Personal data: never logged, never in events.</summary>
    public string Nik { get; init; } = "";

    public string Name { get; set; } = "";

    public string? Phone { get; set; }

    public Guid PosyanduId { get; set; }

    public string RegionCode { get; set; } = "";

    /// <summary>The sectors served, comma-separated role names (e.g. <c>health,education</c>).</summary>
    public string Sectors { get; set; } = "";

    public bool Active { get; set; } = true;

    public List<KaderTraining> Trainings { get; init; } = [];
}

public sealed class KaderTraining
{
    public Guid Id { get; set; }

    public string Topic { get; set; } = "";

    /// <summary>The organising OPD: a sector role or <c>dpmd</c>.</summary>
    public string Organiser { get; set; } = "";

    public DateOnly Date { get; set; }
}

internal sealed class KaderConfiguration : IEntityTypeConfiguration<Kader>
{
    public void Configure(EntityTypeBuilder<Kader> builder)
    {
        builder.ToTable("kader");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Nik).HasMaxLength(16);
        builder.HasIndex(k => k.Nik).IsUnique();
        builder.Property(k => k.Name).HasMaxLength(150);
        builder.Property(k => k.Phone).HasMaxLength(20);
        builder.Property(k => k.RegionCode).HasMaxLength(13);
        builder.Property(k => k.Sectors).HasMaxLength(120);
        builder.HasIndex(k => k.PosyanduId);
        builder.OwnsMany(k => k.Trainings, training =>
        {
            training.ToTable("kader_trainings");
            training.HasKey(t => t.Id);
            training.Property(t => t.Topic).HasMaxLength(200);
            training.Property(t => t.Organiser).HasMaxLength(30);
        });
    }
}
