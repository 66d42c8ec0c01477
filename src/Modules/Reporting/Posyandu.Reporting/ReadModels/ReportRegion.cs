using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Posyandu.Registry.Contracts;

namespace Posyandu.Reporting.ReadModels;

/// <summary>Reporting's own copy of region names (from the registry's <see cref="RegionRegistered"/> events), for breadcrumbs, tables and exports.</summary>
public sealed class ReportRegion : Posyandu.SharedKernel.Persistence.IReadModel
{
    public string Code { get; init; } = "";

    public string Level { get; set; } = "";

    public string Name { get; set; } = "";

    public string? ParentCode { get; set; }
}

internal sealed class ReportRegionConfiguration : IEntityTypeConfiguration<ReportRegion>
{
    public void Configure(EntityTypeBuilder<ReportRegion> builder)
    {
        builder.ToTable("regions");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(13);
        builder.Property(r => r.ParentCode).HasMaxLength(13);
        builder.Property(r => r.Level).HasMaxLength(10);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.HasIndex(r => r.ParentCode);
    }
}

internal sealed class RegionNames(Persistence.ReportingDbContext db) : IIntegrationEventHandler<RegionRegistered>
{
    public async Task HandleAsync(RegionRegistered e, IntegrationEventContext context, CancellationToken ct)
    {
        var region = await db.Regions.FindAsync([e.Code], ct);
        if (region is null)
        {
            db.Regions.Add(new ReportRegion { Code = e.Code, Level = e.Level, Name = e.Name, ParentCode = e.ParentCode });
        }
        else
        {
            region.Level = e.Level;
            region.Name = e.Name;
            region.ParentCode = e.ParentCode;
        }
    }
}
