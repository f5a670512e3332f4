// The temperature slider.
#include "temperature_slider.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace textgen {

double TemperatureSlider::temperatureAt(int position)
{
    const double share = static_cast<double>(position) / kSteps;
    return kMaximum * share * share;
}

int TemperatureSlider::positionOf(double temperature)
{
    return static_cast<int>(std::lround(std::sqrt(std::clamp(temperature, 0.0, kMaximum) / kMaximum) * kSteps));
}

TemperatureSlider::TemperatureSlider(QWidget* parent) :
    QWidget(parent), slider_(new QSlider(Qt::Horizontal, this)), spin_(new QDoubleSpinBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    slider_->setRange(0, kSteps);
    slider_->setSingleStep(10);
    slider_->setPageStep(100);
    spin_->setRange(0.0, kMaximum);
    spin_->setDecimals(3);
    spin_->setSingleStep(0.01);
    layout->addWidget(slider_, 1);
    layout->addWidget(spin_);
    connect(slider_, &QSlider::valueChanged, this, [this](int position) {
        temperature_ = temperatureAt(position);
        const QSignalBlocker block(spin_);
        spin_->setValue(temperature_);
        emit temperatureChanged(temperature_);
    });
    connect(spin_, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        temperature_ = value;
        const QSignalBlocker block(slider_);
        slider_->setValue(positionOf(value));
        emit temperatureChanged(temperature_);
    });
    connect(slider_, &QSlider::sliderPressed, this, &TemperatureSlider::dragStarted);
    connect(slider_, &QSlider::sliderReleased, this, &TemperatureSlider::dragFinished);
    retranslate();
    setTemperature(1.0);
}

void TemperatureSlider::retranslate()
{
    slider_->setToolTip(tr("Softmax temperature: 0 is greedy, 1 is the model's own distribution, above 1 is flatter"));
    spin_->setToolTip(slider_->toolTip());
    spin_->setAccessibleName(tr("Temperature", "sampling softmax temperature"));
}

void TemperatureSlider::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TemperatureSlider::setTemperature(double temperature)
{
    temperature_ = std::clamp(temperature, 0.0, kMaximum);
    const QSignalBlocker blockSlider(slider_);
    const QSignalBlocker blockSpin(spin_);
    slider_->setValue(positionOf(temperature_));
    spin_->setValue(temperature_);
}

} // namespace textgen
