#!/usr/bin/env bash
# A one-node Slurm cluster on this (Debian) machine, and a job array that
# converts a folder of drawings with `svg2graph batch --shard`, one shard
# per array task; then the shards' manifests are merged and compared with
# one plain run.
#
#   sudo scripts/slurm-demo.sh [FOLDER] [TASKS]
#
# FOLDER defaults to ../shared/corpus, TASKS to 4. Installs Debian's
# slurm-wlm and munge when missing, writes /etc/slurm/slurm.conf for this
# host only (the previous one is kept as slurm.conf.before-demo), starts
# munged, slurmctld and slurmd, and stops the Slurm daemons at the end.
# Needs root.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=$(realpath "${1:-../shared/corpus}")
tasks=${2:-4}
[ "$(id -u)" = 0 ] || { echo "slurm-demo: run as root (it installs and starts daemons)" >&2; exit 2; }

if ! command -v slurmctld > /dev/null || ! command -v munged > /dev/null; then
    apt-get install -y -q slurm-wlm munge > /dev/null
fi
cargo build --release --locked --quiet --bin svg2graph
bin=$(realpath target/release/svg2graph)
work=$(mktemp -d /tmp/slurm-demo.XXXXXX)
chmod 755 "$work"

# munge: a key, and the daemon.
if [ ! -s /etc/munge/munge.key ]; then
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
mkdir -p /run/munge && chown munge:munge /run/munge
pgrep -x munged > /dev/null || su -s /bin/sh munge -c /usr/sbin/munged

# slurm.conf for this host alone.
host=$(hostname -s)
cpus=$(nproc)
mem=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 512 ))
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
[ -f /etc/slurm/slurm.conf ] && cp -n /etc/slurm/slurm.conf /etc/slurm/slurm.conf.before-demo
cat > /etc/slurm/slurm.conf <<CONF
ClusterName=demo
SlurmctldHost=$host
SlurmUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ReturnToService=2
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=demo Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
pkill -x slurmctld || true
pkill -x slurmd || true
sleep 1
slurmctld -c
slurmd
stop() { pkill -x slurmctld || true; pkill -x slurmd || true; }
trap stop EXIT
for _ in $(seq 30); do
    sinfo -h -o "%T" 2> /dev/null | grep -qE "idle|mixed" && break
    sleep 1
done
echo "== sinfo"
sinfo

# The job array: one shard per task.
cat > "$work/convert.sh" <<JOB
#!/bin/bash
#SBATCH --job-name=svg2graph
#SBATCH --array=0-$((tasks - 1))
#SBATCH --cpus-per-task=1
#SBATCH --output=$work/task-%a.log
"$bin" batch "$folder" -o "$work/out" --jobs 1 --skip-existing \\
    --shard "\$SLURM_ARRAY_TASK_ID/\$SLURM_ARRAY_TASK_COUNT"
JOB
job=$(sbatch --parsable "$work/convert.sh")
echo "== submitted job array $job ($tasks tasks)"
for _ in $(seq 300); do
    [ -z "$(squeue -h -j "$job" 2> /dev/null)" ] && break
    sleep 1
done
echo "== sacct-free summary: task logs"
for f in "$work"/task-*.log; do echo "$(basename "$f"): $(tail -1 "$f")"; done

"$bin" merge-manifests "$work"/out/manifest.shard-*.csv -o "$work/out/manifest.csv"
"$bin" batch "$folder" -o "$work/one" --quiet || true
cut -d, -f1-6 "$work/out/manifest.csv" > "$work/a" && cut -d, -f1-6 "$work/one/manifest.csv" > "$work/b"
if diff -q "$work/a" "$work/b" > /dev/null \
    && diff -rq -x 'manifest*' "$work/out" "$work/one" > /dev/null; then
    echo "== the $tasks shards together equal one run: $(($(wc -l < "$work/a") - 1)) inputs, same outputs and manifest"
else
    echo "== the shards differ from one run:" >&2
    diff "$work/a" "$work/b" >&2 || true
    exit 1
fi
echo "(work folder: $work)"
