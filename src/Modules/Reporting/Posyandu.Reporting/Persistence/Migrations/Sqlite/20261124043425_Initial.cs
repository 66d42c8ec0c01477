using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.Reporting.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "reporting");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "reporting",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "metric_totals",
                schema: "reporting",
                columns: table => new
                {
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metric_totals", x => new { x.Period, x.RegionCode, x.Metric });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "reporting",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "posyandu_metric_totals",
                schema: "reporting",
                columns: table => new
                {
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_posyandu_metric_totals", x => new { x.Period, x.PosyanduId, x.Metric });
                });

            migrationBuilder.CreateTable(
                name: "regions",
                schema: "reporting",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "subject_facts",
                schema: "reporting",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Metrics = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subject_facts", x => new { x.Kind, x.SubjectId, x.Period });
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Actor",
                schema: "reporting",
                table: "audit_entries",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_At",
                schema: "reporting",
                table: "audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Entity_EntityId",
                schema: "reporting",
                table: "audit_entries",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_metric_totals_Period_ParentCode_Metric",
                schema: "reporting",
                table: "metric_totals",
                columns: new[] { "Period", "ParentCode", "Metric" });

            migrationBuilder.CreateIndex(
                name: "IX_metric_totals_RegionCode_Metric_Period",
                schema: "reporting",
                table: "metric_totals",
                columns: new[] { "RegionCode", "Metric", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageId",
                schema: "reporting",
                table: "outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_Status_Sequence",
                schema: "reporting",
                table: "outbox_messages",
                columns: new[] { "Status", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_posyandu_metric_totals_Period_Metric_RegionCode",
                schema: "reporting",
                table: "posyandu_metric_totals",
                columns: new[] { "Period", "Metric", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_regions_ParentCode",
                schema: "reporting",
                table: "regions",
                column: "ParentCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "metric_totals",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "posyandu_metric_totals",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "regions",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "subject_facts",
                schema: "reporting");
        }
    }
}
