using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Posyandu.SharedKernel.Approvals;

public static class ApprovalModel
{
    /// <summary>Adds the <c>approvals</c> table to a module's model (call from its <c>ConfigureModel</c>, then add a migration).</summary>
    public static ModelBuilder AddApprovals(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Approval>(approval =>
        {
            approval.ToTable("approvals");
            approval.HasKey(a => a.Id);
            approval.Property(a => a.Module).HasMaxLength(30);
            approval.Property(a => a.Action).HasMaxLength(50);
            approval.Property(a => a.RegionCode).HasMaxLength(13);
            approval.Property(a => a.Reason).HasMaxLength(Approval.MaxText);
            approval.Property(a => a.DecisionNote).HasMaxLength(Approval.MaxText);
            approval.Property(a => a.RequestedBy).HasMaxLength(200);
            approval.Property(a => a.DecidedBy).HasMaxLength(200);
            approval.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            approval.HasIndex(a => new { a.Action, a.SubjectId });
            approval.HasIndex(a => new { a.RegionCode, a.Status });
        });
        return modelBuilder;
    }

    /// <summary>Registers the <see cref="ApprovalDesk"/> (once, whichever module asks first).</summary>
    public static IServiceCollection AddApprovals(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(ApprovalDesk)))
        {
            services.AddScoped<ApprovalDesk>();
        }

        return services;
    }
}
